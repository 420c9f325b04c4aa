import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary home for one test: its folder and the XDG variables that point inside it. */
export interface TestHome {
  dir: string;
  env: { XDG_CONFIG_HOME: string; XDG_CACHE_HOME: string; XDG_STATE_HOME: string } & Record<
    string,
    string
  >;
}

/**
 * Makes a fresh temporary folder (its name starting with `prefix`) and the environment that puts
 * broadsheet's follow list, cache and reading state inside it (`config`, `cache`, `state`, not
 * created yet). The caller removes `dir` after the test.
 */
export async function tempXdgHome(prefix: string): Promise<TestHome> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return {
    dir,
    env: {
      XDG_CONFIG_HOME: join(dir, "config"),
      XDG_CACHE_HOME: join(dir, "cache"),
      XDG_STATE_HOME: join(dir, "state"),
    },
  };
}
