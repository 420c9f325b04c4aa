import { constants } from "node:fs";
import { type FileHandle, open, readlink, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, sep } from "node:path";
import type { ContentError } from "./content-error.js";
import { describeDanglingLink } from "./describe-dangling-link.js";
import { describeFsError } from "./describe-fs-error.js";
import { formatBytes, MAX_ARTICLE_BYTES } from "./limits.js";

/** An article file opened for reading (close it), or the one reason it cannot be. */
export type OpenResult =
  | { ok: true; handle: FileHandle; size: number }
  | { ok: false; error: ContentError };

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}

function outside(file: string, target: string, folder: string): OpenResult {
  return {
    ok: false,
    error: {
      file,
      code: "outside",
      message: `is a symbolic link to ${target}, outside its folder ${folder}; articles are read only from inside the folder: move the file into it, or remove the link`,
    },
  };
}

function failure(error: ContentError): OpenResult {
  return { ok: false, error };
}

/** Where an open file is now, as the kernel names it; undefined where `/proc` is not there. */
async function openedPath(handle: FileHandle): Promise<string | undefined> {
  return readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
}

async function checkOpened(
  file: string,
  handle: FileHandle,
  expected: { dev: number; ino: number },
  folder: string,
): Promise<OpenResult> {
  const info = await handle.stat();
  const now = await openedPath(handle);
  if (now !== undefined && !isInside(folder, now)) return outside(file, now, folder);
  if (!info.isFile() || info.dev !== expected.dev || info.ino !== expected.ino) {
    return failure({
      file,
      code: "unreadable",
      message: "changed while it was being opened (replaced or moved); retry",
    });
  }
  if (info.size > MAX_ARTICLE_BYTES) return failure(tooLarge(file, info.size));
  return { ok: true, handle, size: info.size };
}

/** The error for a file over {@link MAX_ARTICLE_BYTES}. */
export function tooLarge(file: string, size: number): ContentError {
  return {
    file,
    code: "too-large",
    message: `is ${formatBytes(size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for an article; check it is the right file, or split it`,
  };
}

/**
 * Opens an article file for reading, refusing anything that is not a regular file inside the
 * file's own folder. A symbolic link is followed only when its target (after every link in a
 * chain, compared as real paths) lies inside the folder the file is named in; a link that leaves
 * it is an `outside` error naming the link and its target, so a link in a content folder never
 * publishes a file from elsewhere. The folder itself may be reached through links. The check is
 * made on what was opened: the real path is opened without following a final link, its device
 * and inode must be those checked, and where `/proc` tells the path of an open file, that path
 * must still be inside. Pipes, sockets and devices are refused before they are opened. Never
 * throws.
 */
export async function openArticleFile(file: string): Promise<OpenResult> {
  let folder: string;
  let real: string;
  try {
    folder = await realpath(dirname(file));
    real = await realpath(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const dangling = code === "ENOENT" ? await describeDanglingLink(file) : undefined;
    return failure(dangling ?? describeFsError(file, error));
  }
  if (!isInside(folder, real)) return outside(file, real, folder);
  let handle: FileHandle | undefined;
  try {
    const info = await stat(real);
    if (info.isDirectory()) return failure(describeFsError(file, { code: "EISDIR" }));
    if (!info.isFile()) {
      return failure({
        file,
        code: "not-a-file",
        message: "is not a regular file (a pipe, socket or device); articles are plain files",
      });
    }
    if (info.size > MAX_ARTICLE_BYTES) return failure(tooLarge(file, info.size));
    handle = await open(real, OPEN_FLAGS);
    const checked = await checkOpened(file, handle, info, folder);
    if (checked.ok) handle = undefined;
    return checked;
  } catch (error) {
    return failure(describeFsError(file, error));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
