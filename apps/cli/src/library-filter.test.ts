import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minimalArticle } from "@broadsheet/article/testing";
import { ContentIndex, countListed, pageListed } from "@broadsheet/content";
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
    await filter.load();
    expect(filter.ready).toBe(true);
    expect([...filter.positions("fe")]).toEqual([1, 3]);
    expect([...filter.positions("ferry ret")]).toEqual([1]);
    expect([...filter.positions("ferry retz")]).toEqual([]);
    expect([...filter.positions("bridge")]).toEqual([2]);
    expect([...filter.positions("ZZZ")]).toEqual([]);
    index.close();
  });

  it("reads the texts not read yet at once when a filter comes first, and the load then ends", async () => {
    const { index } = await indexOf(["Ferry strike", "Bridge opens", "Ferry returns", "Tide"]);
    const filter = new LibraryFilter(index);
    const loading = filter.load();
    expect(filter.ready).toBe(false);
    expect([...filter.positions("ferry")]).toEqual([1, 3]);
    expect(filter.ready).toBe(true);
    await loading;
    expect(filter.load()).toBe(loading);
    expect([...filter.positions("tide")]).toEqual([0]);
    index.close();
  });

  it("keeps the answers of the filters typed last, so that erasing finds one again", async () => {
    const { index } = await indexOf(["Ferry strike", "Bridge opens", "Ferry returns", "Tide"]);
    const filter = new LibraryFilter(index);
    const fe = filter.positions("fe");
    expect([...filter.positions("ferry")]).toEqual([1, 3]);
    expect([...filter.positions("ferry st")]).toEqual([3]);
    expect(filter.positions("fe")).toBe(fe);
    expect([...filter.positions("ferry ret")]).toEqual([1]);
    expect([...filter.positions("ferry  ferry")]).toEqual([1, 3]);
    index.close();
  });

  it("reads the texts a chunk at a time, the rest at once when a filter comes meanwhile", async () => {
    const headlines = ["Ferry strike", "Bridge opens", "Ferry returns", "Tide", "Ferry fares"];
    const { index } = await indexOf(headlines);
    const filter = new LibraryFilter(index, { chunk: 2 });
    const loading = filter.load();
    await new Promise((resolve) => setImmediate(resolve));
    expect(filter.ready).toBe(false);
    expect([...filter.positions("ferry")]).toEqual([0, 2, 4]);
    await loading;
    const whole = new LibraryFilter(index, { chunk: 2 });
    await whole.load();
    expect([...whole.positions("t")]).toEqual([1, 2, 4]);
    index.close();
  });

  it("stops a load when told to, keeping nothing of it", async () => {
    const { index } = await indexOf(["Ferry strike", "Bridge opens"]);
    const filter = new LibraryFilter(index);
    const loading = filter.load();
    filter.stop();
    await loading;
    expect(filter.ready).toBe(false);
    expect([...filter.positions("ferry")]).toEqual([1]);
    index.close();
  });

  it("reads the texts again when reloaded, after the index changed", async () => {
    const { dir, index } = await indexOf(["Ferry strike", "Bridge opens"]);
    const filter = new LibraryFilter(index);
    await filter.load();
    expect([...filter.positions("ferry")]).toEqual([1]);
    const file = join(dir, "later.json");
    const later = minimalArticle({
      id: "later",
      slug: "later",
      headline: "Ferry back",
      datePublished: "2025-02-01T00:00:00Z",
    });
    await writeFile(file, JSON.stringify(later));
    await index.refresh([join(dir, "a0.json"), join(dir, "a1.json"), file], true);
    await filter.reload();
    expect([...filter.positions("ferry")]).toEqual([0, 2]);
    index.close();
  });

  it("gives the library the same rows from memory as from the index", async () => {
    const { dir, index } = await indexOf(["Ferry strike", "Bridge opens", "Ferry returns", "Tide"]);
    const library = indexLibrary(dir, index);
    const fromIndex = pageListed(index, "ferry", 0, 10).map((row) => row.headline);
    expect(fromIndex).toEqual(["Ferry returns", "Ferry strike"]);
    expect(library.count("ferry")).toBe(countListed(index, "ferry"));
    expect(library.page("ferry", 0, 10).map((entry) => entry.headline)).toEqual(fromIndex);
    await library.prepare();
    expect(library.count("ferr")).toBe(2);
    expect(library.page("ferry", 1, 10).map((entry) => entry.headline)).toEqual(fromIndex.slice(1));
    expect(library.count("")).toBe(4);
    expect(library.page("", 3, 10).map((entry) => entry.headline)).toEqual(["Ferry strike"]);
    await library.close();
    index.close();
  });
});
