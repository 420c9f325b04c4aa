import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "./build-site";

const APP = path.resolve(import.meta.dirname, "..");

/** Exports the site built from test/hostile-content into `.hostile-out/` and returns its path. */
export async function buildHostileSite(): Promise<string> {
  const out = path.join(APP, ".hostile-out");
  const cache = await mkdtemp(path.join(tmpdir(), "broadsheet-hostile-cache-"));
  await buildSite({ content: path.join(APP, "test/hostile-content"), out, cache });
  return out;
}
