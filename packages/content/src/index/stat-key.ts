import { type BigIntStats, statSync } from "node:fs";

/** What a file's metadata says of its contents: equal keys and an old enough mtime mean unchanged. */
export interface StatKey {
  size: number;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
}

/**
 * File systems keep times at a granularity (up to 2 s on some); a file changed within that much
 * of being read may change again with the same mtime, so it is hashed again next time.
 */
const RACY_NS = 2_000_000_000n;

/** The stat key of a file (following a symbolic link), or undefined when it cannot be read. */
export function statKey(file: string): StatKey | undefined {
  let stats: BigIntStats | undefined;
  try {
    stats = statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  return stats ? statKeyOf(stats) : undefined;
}

/** The stat key of a file's (bigint) stats, or undefined when they are not a regular file's. */
export function statKeyOf(stats: BigIntStats): StatKey | undefined {
  if (!stats.isFile()) return undefined;
  return {
    size: Number(stats.size),
    mtimeNs: String(stats.mtimeNs),
    ctimeNs: String(stats.ctimeNs),
    ino: String(stats.ino),
  };
}

/** Whether two stat keys are equal: size, mtime, ctime and inode. */
export function sameStatKey(a: StatKey, b: StatKey): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino;
}

/** Now, in the nanoseconds of a file's times. */
export function nowNs(): string {
  return String(BigInt(Date.now()) * 1_000_000n);
}

/**
 * Whether a file whose stat key is `now` still holds what was read when its key was `then` at
 * `checkedNs`: size, mtime, ctime and inode all equal (an edit that restores size and mtime
 * still moves ctime, which no user call can set back), and the mtime older than the read by
 * more than the file system's time granularity.
 */
export function unchangedSince(now: StatKey, then: StatKey & { checkedNs: string }): boolean {
  return sameStatKey(now, then) && BigInt(now.mtimeNs) + RACY_NS < BigInt(then.checkedNs);
}
