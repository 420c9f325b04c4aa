import { describe, expect, it } from "vitest";
import { ContentIndex } from "./content-index.js";
import {
  countListed,
  countUnlisted,
  eachListed,
  MATCH_END,
  MATCH_START,
  matchingSentence,
  matchingSentenceOf,
  pageListed,
  rankListed,
  searchListed,
  searchQuery,
} from "./library-queries.js";
import { indexedFolder, numberedArticle, writeArticle } from "./test-index-folder.js";

async function library() {
  const folder = await indexedFolder(3);
  const files = [...folder.files];
  files.push(
    await writeArticle(
      folder.dir,
      "story-004.json",
      numberedArticle(4, {
        headline: "Ferry Strike Ends",
        description: "Crews return to the harbour.",
        articleSection: "Transport",
        body: [
          {
            type: "paragraph",
            content: [{ text: "Talks ran late. The ferry sailed at dawn. Nobody cheered." }],
          },
        ],
      }),
    ),
    await writeArticle(folder.dir, "story-005.json", numberedArticle(2, { id: "copy" })),
  );
  const index = await ContentIndex.open(folder.dir, { env: folder.env });
  await index.refresh(files, true);
  return index;
}

describe("the library's queries", () => {
  it("counts, pages and filters the listed articles, newest first, leaving out duplicates", async () => {
    const index = await library();
    expect(countListed(index)).toBe(4);
    expect(pageListed(index, "", 0, 10).map((row) => row.name)).toEqual([
      "story-004.json",
      "story-003.json",
      "story-002.json",
      "story-001.json",
    ]);
    expect(pageListed(index, "", 1, 2).map((row) => row.name)).toEqual([
      "story-003.json",
      "story-002.json",
    ]);
    expect(countListed(index, "FERRY transport")).toBe(1);
    expect(pageListed(index, "number 2", 0, 10)).toEqual([
      {
        name: "story-002.json",
        headline: "Story number 2",
        date: "2024-01-03",
        section: "",
        minutes: 1,
      },
    ]);
    expect([...eachListed(index)].map((row) => row.slug)).toEqual([
      "story-4",
      "story-3",
      "story-2",
      "story-1",
    ]);
    index.close();
  });

  it("searches headline, dek and body, best first, with the sentence that matched", async () => {
    const index = await library();
    const hits = searchListed(index, "ferry", 10);
    expect(hits.map((hit) => hit.name)).toEqual(["story-004.json"]);
    expect(hits[0]?.snippet).toMatch(/Ferry/);
    const body = searchListed(index, "dawn", 10);
    expect(body[0]?.snippet).toBe(`The ferry sailed at ${MATCH_START}dawn${MATCH_END}.`);
    expect(searchListed(index, "harb", 10).map((hit) => hit.name)).toEqual(["story-004.json"]);
    expect(searchListed(index, "story", 10)).toHaveLength(3);
    expect(searchListed(index, '"ends" OR NOT)', 10)).toEqual([]);
    expect(searchListed(index, "   ", 10)).toEqual([]);
    index.close();
  });

  it("pages through the whole order across page boundaries, with and without a filter", async () => {
    const folder = await indexedFolder(23);
    const index = await ContentIndex.open(folder.dir, { env: folder.env });
    await index.refresh(folder.files, true);
    const full = [...eachListed(index)].map((row) => row.name);
    expect(full).toHaveLength(23);
    for (const size of [1, 4, 7, 23, 30]) {
      const paged: string[] = [];
      for (let offset = 0; offset < full.length + size; offset += size) {
        paged.push(...pageListed(index, "", offset, size).map((row) => row.name));
      }
      expect(paged).toEqual(full);
      const filtered: string[] = [];
      for (let offset = 0; offset < full.length; offset += size) {
        filtered.push(...pageListed(index, "story", offset, size).map((row) => row.name));
      }
      expect(filtered).toEqual(full);
    }
    expect(pageListed(index, "", -5, 2).map((row) => row.name)).toEqual(full.slice(0, 2));
    expect(pageListed(index, "", 22, 0)).toEqual([]);
    index.close();
  });

  it("ranks hits first and reads the sentence of only the hits asked for", async () => {
    const index = await library();
    const ranked = rankListed(index, "ends", 10);
    expect(ranked[0]?.name).toBe("story-004.json");
    expect(ranked.map((row) => row.name).sort()).toEqual([
      "story-001.json",
      "story-002.json",
      "story-003.json",
      "story-004.json",
    ]);
    const ferry = ranked[0] as (typeof ranked)[number];
    expect(matchingSentenceOf(index, "ends", ferry.rowid)).toBe(
      `Ferry Strike ${MATCH_START}Ends${MATCH_END}`,
    );
    expect(matchingSentenceOf(index, "zeppelin", ferry.rowid)).toBe("");
    expect(rankListed(index, "ends", 2)).toHaveLength(2);
    expect(countUnlisted(index)).toBe(1);
    index.close();
  });

  it("turns what was typed into words, never query syntax", () => {
    expect(searchQuery('a "b" cat')).toBe('"a" """b""" "cat"*');
    expect(searchQuery("ca")).toBe('"ca"');
    expect(searchQuery("  ")).toBeUndefined();
  });

  it("trims a snippet to the sentence of its first match", () => {
    expect(matchingSentence(`One. Two ${MATCH_START}x${MATCH_END} three. Four.`)).toBe(
      `Two ${MATCH_START}x${MATCH_END} three.`,
    );
  });
});
