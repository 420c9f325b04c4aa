import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { ContentIndex } from "./content-index.js";
import { matchingSentenceOf, rankListed } from "./library-queries.js";
import { LibrarySearcher } from "./library-searcher.js";
import { indexedFolder } from "./test-index-folder.js";

const driver = createRequire(import.meta.url).resolve("better-sqlite3");
const opened: { index: ContentIndex; searcher: LibrarySearcher }[] = [];

afterEach(async () => {
  for (const { index, searcher } of opened.splice(0)) {
    await searcher.close();
    index.close();
  }
});

async function searcherOf(count: number, options: { inMemory?: boolean } = {}) {
  const folder = await indexedFolder(count);
  const index = await ContentIndex.open(folder.dir, {
    env: folder.env,
    ...(options.inMemory ? { indexFile: false as const } : {}),
  });
  await index.refresh(folder.files, true);
  const searcher = new LibrarySearcher(index, driver);
  opened.push({ index, searcher });
  return { index, searcher };
}

describe("LibrarySearcher", () => {
  it("ranks on a thread of its own as the index does on the caller's", async () => {
    const { index, searcher } = await searcherOf(30);
    expect(searcher.threaded).toBe(true);
    for (const typed of ["story", "number 7", "ends here", "zeppelin", "  "]) {
      expect(await searcher.rank(typed, 10)).toEqual(rankListed(index, typed, 10));
    }
  });

  it("reads the sentences of the first hits with the ranking, as the index reads them", async () => {
    const { index, searcher } = await searcherOf(30);
    const rows = (await searcher.rank("ends here", 10, 3)) ?? [];
    expect(rows).toHaveLength(10);
    for (const [position, row] of rows.entries()) {
      const { sentence, ...ranked } = row;
      expect(ranked).toEqual(rankListed(index, "ends here", 10)[position]);
      if (position < 3) expect(sentence).toBe(matchingSentenceOf(index, "ends here", row.rowid));
      else expect(sentence).toBeUndefined();
    }
    expect(rows[0]?.sentence).toMatch(/^It .*ends.* .*here.*\.$/);
  });

  it("runs only the last of the searches asked while one runs", async () => {
    const { index, searcher } = await searcherOf(30);
    const first = searcher.rank("story", 50);
    const skipped = searcher.rank("stor", 50);
    const last = searcher.rank("number 2", 50);
    expect(await first).toEqual(rankListed(index, "story", 50));
    expect(await skipped).toBeUndefined();
    expect(await last).toEqual(rankListed(index, "number 2", 50));
  });

  it("ranks on the caller's thread for an index held in memory", async () => {
    const { index, searcher } = await searcherOf(5, { inMemory: true });
    expect(searcher.threaded).toBe(false);
    expect(await searcher.rank("story", 3)).toEqual(rankListed(index, "story", 3));
  });
});
