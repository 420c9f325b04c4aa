import { constants } from "node:fs";
import { lstat, open, readlink, stat } from "node:fs/promises";

/** What is already at an output path, compared with what is about to be written there. */
export type ExistingTarget =
  | { kind: "absent" }
  /** A regular file holding exactly the bytes to write. */
  | { kind: "same" }
  /** A regular file with other bytes. */
  | { kind: "file" }
  /** A symbolic link (never followed): where it points, and whether that is missing. */
  | { kind: "link"; to: string; missing: boolean }
  | { kind: "folder" }
  /** A FIFO, socket or device: never opened, so never read. */
  | { kind: "special"; what: string };

function specialKind(info: Awaited<ReturnType<typeof lstat>>): string {
  if (info.isFIFO()) return "named pipe (FIFO)";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  return "special file";
}

/**
 * Looks at `target` without following a symbolic link: what is there, and for a regular file,
 * whether it holds exactly `bytes` (read only when the sizes match). Throws Node's file system
 * errors other than ENOENT.
 */
export async function inspectTarget(target: string, bytes: Buffer): Promise<ExistingTarget> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "absent" };
    throw error;
  }
  if (info.isSymbolicLink()) {
    const to = await readlink(target);
    const missing = await stat(target).then(
      () => false,
      () => true,
    );
    return { kind: "link", to, missing };
  }
  if (info.isDirectory()) return { kind: "folder" };
  if (!info.isFile()) return { kind: "special", what: specialKind(info) };
  if (info.size !== bytes.length) return { kind: "file" };
  return (await holdsExactly(target, bytes)) ? { kind: "same" } : { kind: "file" };
}

/** Whether the regular file at `target` holds `bytes`; opened so that a file swapped since for a link or a FIFO is never followed or waited on. */
async function holdsExactly(target: string, bytes: Buffer): Promise<boolean> {
  const handle = await open(
    target,
    constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
  ).catch(() => undefined);
  if (!handle) return false;
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size !== bytes.length) return false;
    return (await handle.readFile()).equals(bytes);
  } finally {
    await handle.close();
  }
}
