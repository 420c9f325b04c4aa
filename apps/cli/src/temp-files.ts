import { createHash, randomBytes } from "node:crypto";
import { lstat, readdir, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/**
 * A temporary file this long untouched is abandoned whoever made it: one is only open while a
 * single article (at most 5 MB) is written and flushed. It covers a process id reused since, and
 * files from another machine sharing the folder, whose process ids mean nothing here.
 */
export const STRAY_AGE_MS = 60 * 60 * 1000;

/** `.broadsheet-<pid>-<host>-<random>.tmp`: who made it (process and machine), and a unique part. */
const TEMP_NAME = /^\.broadsheet-(\d+)-([0-9a-f]{8})-[0-9a-f]{12}\.tmp$/;

/** A short, stable tag for this machine, so a process id is only checked where it means something. */
const HOST = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);

const UNIQUE_RANGE = 2 ** 48;
let unique: number | undefined;

/**
 * The name for a new temporary file: hidden, and saying which process on which machine made it,
 * so that a later run can tell its strays (left by a SIGKILL or a power cut) from a live write.
 * The unique part counts up from a random start (one random draw per process, not per file).
 */
export function tempFileName(): string {
  unique = ((unique ?? randomBytes(6).readUIntBE(0, 6)) + 1) % UNIQUE_RANGE;
  return `.broadsheet-${process.pid}-${HOST}-${unique.toString(16).padStart(12, "0")}.tmp`;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files that earlier runs left in `dir` when they were killed: files named
 * by {@link tempFileName} whose process is gone (same machine), or untouched for
 * {@link STRAY_AGE_MS}. A live process's file is never touched; nothing else in the folder is
 * either (other names, links, folders). Git cleans its stale lock and temporary files the same
 * way. Returns how many were removed; failures are ignored (the write that follows reports them).
 */
export async function removeStrayTempFiles(dir: string, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const file = join(dir, name);
    try {
      const info = await lstat(file);
      if (!info.isFile()) continue;
      const stale =
        now - info.mtimeMs > STRAY_AGE_MS || (match[2] === HOST && !isAlive(Number(match[1])));
      if (!stale) continue;
      await rm(file);
      removed++;
    } catch {
      // Gone already (another run cleaned it), or not ours to remove.
    }
  }
  return removed;
}
