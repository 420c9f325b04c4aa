import { link, lstat, open, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { tempFileName } from "./temp-files.js";

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"]);

async function moveIntoPlace(temp: string, target: string, overwrite: boolean): Promise<void> {
  if (overwrite) return rename(temp, target);
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (!NO_HARD_LINKS.has(code)) throw error;
    const exists = await lstat(target).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error(`${target} exists`), { code: "EEXIST" });
    await rename(temp, target);
  }
}

/** Removes the temporary file, if it is still there (a rename moved it, a link left it). */
async function removeTemp(temp: string): Promise<void> {
  try {
    await unlink(temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** How {@link writeFileAtomic} writes. */
export interface AtomicWriteOptions {
  /** Replace what is at the target; without it, an existing target fails with `EEXIST`. */
  overwrite: boolean;
  /**
   * Flush a new file (nothing replaced) to disk before it is linked into place; true unless
   * given. A replacement is always flushed first, so that a power cut never loses what was there.
   */
  syncNew?: boolean;
}

/**
 * Writes a file so that readers see the old contents or the new, never a part: the text (or
 * bytes) goes to a hidden temporary file in the same folder ({@link tempFileName}: one a killed
 * run leaves is removed by the next, see `removeStrayTempFiles`), is flushed to disk, then
 * renamed over the target. Over a symbolic link, the link itself is replaced, never the file it
 * points to. Without `overwrite`, an existing target is left alone and the error has code
 * `EEXIST` (a hard link makes that check atomic where the file system has them). With `syncNew`
 * false, a new file is not flushed first: a power cut soon after may leave it empty, never
 * anything else damaged. The temporary file is always removed. Throws Node's file system errors.
 */
export async function writeFileAtomic(
  target: string,
  text: string | Uint8Array,
  { overwrite, syncNew = true }: AtomicWriteOptions,
): Promise<void> {
  const temp = join(dirname(target), tempFileName());
  const handle = await open(temp, "wx", 0o644);
  try {
    try {
      await handle.writeFile(text, "utf8");
      if (overwrite || syncNew) await handle.sync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temp, target, overwrite);
  } finally {
    await removeTemp(temp);
  }
}
