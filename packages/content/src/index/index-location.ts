import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** The variable that names the folder for content indexes, overriding the default. */
export const CACHE_DIR_VARIABLE = "BROADSHEET_CACHE_DIR";

function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/**
 * Where the index of a content folder lives: `.cache/broadsheet/` beside the folder (for the
 * repository's `content/`, the repository's git-ignored `.cache/`), or the folder named by
 * `BROADSHEET_CACHE_DIR`. The file is named after the folder and a hash of its real path, so
 * two folders never share an index, and never inside the content folder itself.
 */
export function indexFileFor(
  contentDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const real = realFolder(contentDir);
  const key = createHash("sha256").update(real).digest("hex").slice(0, 16);
  const name = `${basename(real).replace(/[^A-Za-z0-9._-]/g, "_") || "root"}-${key}.sqlite`;
  const override = env[CACHE_DIR_VARIABLE];
  const folder = override ? resolve(override) : join(dirname(real), ".cache", "broadsheet");
  return join(folder, name);
}
