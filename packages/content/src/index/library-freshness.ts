import { type BigIntStats, opendir, stat } from "node:fs";
import { join } from "node:path";
import { isArticleFileName } from "../list-article-files.js";
import type { ContentIndex, RefreshOptions } from "./content-index.js";
import { type StatKey, statKeyOf, unchangedSince } from "./stat-key.js";

/** Rows read from the index, and files checked, between yields to the event loop. */
const CHUNK = 256;

/** The stat key of a file as `statKey` makes it, read without holding up the thread. */
function statKeyLater(file: string): Promise<StatKey | undefined> {
  return new Promise((resolve) => {
    stat(file, { bigint: true }, (error, stats: BigIntStats) => {
      resolve(error ? undefined : statKeyOf(stats));
    });
  });
}

/** How many entries of the folder `listArticleFiles` lists, read a batch at a time. */
function countArticleFiles(dir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    opendir(dir, { bufferSize: CHUNK }, async (error, folder) => {
      if (error) return reject(error);
      let count = 0;
      try {
        for await (const entry of folder) if (isArticleFileName(entry.name)) count++;
        resolve(count);
      } catch (failure) {
        reject(failure);
      }
    });
  });
}

type KeptRow = StatKey & { rowid: number; name: string; checkedNs: string };

/**
 * Whether the index still holds the folder `dir` as it is: each of its rows an article file
 * of the folder unchanged since it was read (by the rule a refresh goes by), and as many
 * article files in the folder as rows. When it does, a refresh would find nothing to do. The
 * folder is never listed and sorted at once: rows are read a chunk at a time and the files
 * stat-ed off the thread, so that this can run behind the library while keys are pressed.
 * Undefined when stopped; rejects when the folder cannot be read.
 */
export async function indexHoldsFolder(
  index: ContentIndex,
  dir: string,
  options: RefreshOptions = {},
): Promise<boolean | undefined> {
  const rows = index.database.prepare(
    `SELECT rowid, name, size, mtime_ns AS mtimeNs, ctime_ns AS ctimeNs, ino, checked_ns AS checkedNs
     FROM files WHERE rowid > ? ORDER BY rowid LIMIT ${CHUNK}`,
  );
  const counting = countArticleFiles(dir);
  counting.catch(() => {});
  let after = 0;
  let held = 0;
  for (;;) {
    const chunk = rows.all(after) as KeptRow[];
    if (chunk.length === 0) break;
    if (chunk.some((row) => !isArticleFileName(row.name))) return false;
    const keys = await Promise.all(chunk.map((row) => statKeyLater(join(dir, row.name))));
    if (options.stopped?.()) return undefined;
    for (const [position, row] of chunk.entries()) {
      const key = keys[position];
      if (!key || !unchangedSince(key, row)) return false;
    }
    held += chunk.length;
    after = (chunk.at(-1) as KeptRow).rowid;
  }
  return (await counting) === held;
}
