import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minimalArticle } from "@broadsheet/article/testing";
import { ContentIndex } from "@broadsheet/content";
import { describe, expect, it } from "vitest";
import { indexLibrary } from "./index-library.js";
import { LibraryFilter } from "./library-filter.js";
import { tempDir } from "./test-binary.js";

async function indexOf(headlines: readonly string[]) {
  const dir = join(await tempDir(), "content");
  await mkdir(dir);
  const files = await Promise.all(
    headlines.map(async (headline, n) => {
      const file = join(dir, `a${n}.json`);
      const article = minimalArticle({
        id: `a${n}`,
        slug: `a${n}`,
        headline,
        datePublished: `2025-01-${String(10 + n)}T00:00:00Z`,
      });
      await writeFile(file, JSON.stringify(article));
      return file;
    }),
  );
  const index = await ContentIndex.open(dir, { indexFile: false });
  await index.refresh(files, true);
  return { dir, index };
}

describe("LibraryFilter", () => {
  it("answers from memory once loaded, in the library's order, narrowing as typing goes on", async () => {
    const { index } = await indexOf(["Ferry strike", "Bridge opens", "Ferry returns", "Tide"]);
    const filter = new LibraryFilter(index);
    expect(filter.positions("ferry")).toBeUndefined();
    await filter.load();
    expect([...(filter.positions("fe") ?? [])]).toEqual([1, 3]);
    expect([...(filter.positions("ferry ret") ?? [])]).toEqual([1]);
    expect([...(filter.positions("ferry retz") ?? [])]).toEqual([]);
    expect([...(filter.positions("bridge") ?? [])]).toEqual([2]);
    expect([...(filter.positions("ZZZ") ?? [])]).toEqual([]);
    index.close();
  });

  it("stops a load when told to, keeping nothing of it", async () => {
    const { index } = await indexOf(["Ferry strike", "Bridge opens"]);
    const filter = new LibraryFilter(index);
    const loading = filter.load();
    filter.stop();
    await loading;
    expect(filter.ready).toBe(false);
    expect(filter.positions("ferry")).toBeUndefined();
    index.close();
  });

  it("gives the library the same rows from memory as from the index", async () => {
    const { dir, index } = await indexOf(["Ferry strike", "Bridge opens", "Ferry returns", "Tide"]);
    const library = indexLibrary(dir, index);
    const before = { count: library.count("ferry"), page: library.page("ferry", 0, 10) };
    expect(before.page.map((entry) => entry.headline)).toEqual(["Ferry returns", "Ferry strike"]);
    await library.prepare();
    expect(library.count("ferr")).toBe(2);
    expect(library.page("ferry", 1, 10)).toEqual(before.page.slice(1));
    expect(library.page("ferry", 0, 10)).toEqual(before.page);
    index.close();
  });
});
