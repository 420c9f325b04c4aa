import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
  statSync,
} from "node:fs";

/** What {@link readSmallFile} found. */
export type SmallFile =
  | { kind: "text"; text: string }
  | { kind: "missing" }
  /** Not read: `reason` says why, as a phrase to follow the file's name ("is a FIFO, …"). */
  | { kind: "refused"; reason: string };

function whatItIs(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a regular file";
}

function notRegular(stats: Stats, viaLink: boolean): string {
  const what = whatItIs(stats);
  const link = viaLink ? "a symbolic link to " : "";
  return `is ${link}${what}, not a regular file`;
}

function cannotRead(error: unknown): string {
  return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function tooLarge(limit: number): string {
  return `is larger than ${Math.round(limit / 1024)} KB`;
}

/**
 * Reads a small UTF-8 file that anyone may have put in the way, without ever blocking or
 * growing without bound: only a regular file (directly or through symbolic links) of at most
 * `limit` bytes is read. The file is opened non-blocking (so a FIFO or a device never waits for
 * a writer) and checked again once open, and at most `limit + 1` bytes are ever read, so a file
 * that grows meanwhile or a link swapped for `/dev/zero` is refused too.
 */
export function readSmallFile(file: string, limit: number): SmallFile {
  let viaLink = false;
  try {
    viaLink = lstatSync(file).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "refused", reason: cannotRead(error) };
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { kind: "missing" };
    const stats = statOrUndefined(file);
    if (stats && !stats.isFile()) return { kind: "refused", reason: notRegular(stats, viaLink) };
    return { kind: "refused", reason: cannotRead(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: "refused", reason: notRegular(stats, viaLink) };
    if (stats.size > limit) return { kind: "refused", reason: tooLarge(limit) };
    let buffer = Buffer.alloc(Math.min(limit, stats.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { kind: "refused", reason: tooLarge(limit) };
        const grown = Buffer.alloc(Math.min(limit + 1, length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { kind: "refused", reason: tooLarge(limit) };
    return { kind: "text", text: buffer.toString("utf8", 0, length) };
  } catch (error) {
    return { kind: "refused", reason: cannotRead(error) };
  } finally {
    closeSync(fd);
  }
}
