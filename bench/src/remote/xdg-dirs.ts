import { mkdtempSync } from "node:fs";
import { join } from "node:path";

/** XDG cache, state and config folders of one reader, as environment variables. */
export type XdgEnv = Record<"XDG_CACHE_HOME" | "XDG_STATE_HOME" | "XDG_CONFIG_HOME", string>;

/** New, empty XDG folders under `dir`: an empty HTTP cache, no read record, no follow list. */
export function freshXdg(dir: string): XdgEnv {
  const home = mkdtempSync(join(dir, "xdg-"));
  return {
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_STATE_HOME: join(home, "state"),
    XDG_CONFIG_HOME: join(home, "config"),
  };
}
