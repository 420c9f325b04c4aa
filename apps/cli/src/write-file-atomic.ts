import * as fs from "node:fs";
import { link, lstat, open, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { tempFileName } from "./temp-files.js";

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"]);

function existsError(target: string): Error {
  return Object.assign(new Error(`${target} exists`), { code: "EEXIST" });
}

function canNotLink(error: unknown): boolean {
  return NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? "");
}

async function moveIntoPlace(temp: string, target: string, overwrite: boolean): Promise<void> {
  if (overwrite) return rename(temp, target);
  try {
    await link(temp, target);
  } catch (error) {
    if (!canNotLink(error)) throw error;
    const exists = await lstat(target).then(
      () => true,
      () => false,
    );
    if (exists) throw existsError(target);
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

/** Calls back with EEXIST when `target` exists, else moves `temp` there. */
function renameIfAbsent(temp: string, target: string, done: (error: Error | null) => void): void {
  fs.lstat(target, (missing) => {
    if (!missing) done(existsError(target));
    else fs.rename(temp, target, done);
  });
}

/**
 * Creates `target` holding `text` as {@link writeFileAtomic} does with `overwrite` and `syncNew`
 * false: a temporary file, not flushed, linked into place, then removed. Written with callbacks,
 * as a batch writes thousands of new files and each promise-based step (a file handle, a
 * promise per call) costs more than the system call it makes.
 */
function createFileAtomic(target: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(target), tempFileName());
  return new Promise((resolve, reject) => {
    const settle = (error: Error | null) => {
      fs.unlink(temp, (left) => {
        const failure = error ?? (left && left.code !== "ENOENT" ? left : null);
        if (failure) reject(failure);
        else resolve();
      });
    };
    const moveIntoPlace = () => {
      fs.link(temp, target, (error) => {
        if (error && canNotLink(error)) renameIfAbsent(temp, target, settle);
        else settle(error);
      });
    };
    fs.open(temp, "wx", 0o644, (opening, fd) => {
      if (opening) return reject(opening);
      fs.writeFile(fd, text, (writing) => {
        fs.close(fd, (closing) => {
          const failure = writing ?? closing;
          if (failure) settle(failure);
          else moveIntoPlace();
        });
      });
    });
  });
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
  if (!overwrite && !syncNew) return createFileAtomic(target, text);
  const temp = join(dirname(target), tempFileName());
  const handle = await open(temp, "wx", 0o644);
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temp, target, overwrite);
  } finally {
    await removeTemp(temp);
  }
}
