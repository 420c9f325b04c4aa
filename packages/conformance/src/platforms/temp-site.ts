import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Creates a fresh temporary folder for one build. */
export function makeSiteDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `broadsheet-${prefix}-`));
}

/** Writes files (path relative to `root` → text), creating folders. */
export async function writeSiteFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}

/** Every file under `root` whose name ends with `suffix`, as full paths. */
export async function filesUnder(root: string, suffix: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Removes a build folder, unless BROADSHEET_KEEP_SITES is set (to look at a build). */
export async function removeSiteDir(root: string): Promise<void> {
  if (process.env.BROADSHEET_KEEP_SITES) {
    process.stderr.write(`kept ${root}\n`);
    return;
  }
  await rm(root, { recursive: true, force: true });
}
