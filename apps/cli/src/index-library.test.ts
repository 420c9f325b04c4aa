import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minimalArticle } from "@broadsheet/article/testing";
import { ContentIndex } from "@broadsheet/content";
import type { SearchResults } from "@broadsheet/reader/options";
import { describe, expect, it } from "vitest";
import { indexLibrary } from "./index-library.js";
import { tempDir } from "./test-binary.js";

async function folderOf(texts: readonly string[]) {
  const dir = join(await tempDir(), "content");
  await mkdir(dir);
  const files = await Promise.all(
    texts.map(async (text, n) => {
      const file = join(dir, `a${n}.json`);
      const article = minimalArticle({
        id: `a${n}`,
        slug: `a${n}`,
        headline: `Story ${n}`,
        datePublished: `2025-01-${String(10 + n)}T00:00:00Z`,
        body: [{ type: "paragraph", content: [{ text }] }],
      });
      await writeFile(file, JSON.stringify(article));
      return file;
    }),
  );
  const index = await ContentIndex.open(dir, { indexFile: false });
  await index.refresh(files, true);
  return { dir, index };
}

const TEXTS = [
  "Nothing here. The ferry sailed at dawn.",
  "Quiet day.",
  "Ferry fares rise. Then the ferry stopped.",
];

describe("indexLibrary's search", () => {
  it("ranks, and reads the sentence of each hit asked for once", async () => {
    const { dir, index } = await folderOf(TEXTS);
    const library = indexLibrary(dir, index);
    const results = (await library.search("ferry", 10)) as SearchResults;
    expect(results.count).toBe(2);
    const [first, second] = results.hits(0, 10);
    expect(first?.key).toBe("a2.json");
    expect(first?.snippet).toEqual([
      { text: "Ferry", match: true },
      { text: " fares rise.", match: false },
    ]);
    expect(second?.snippet.map((piece) => piece.text).join("")).toBe("The ferry sailed at dawn.");
    expect(results.hits(1, 1)[0]).toBe(second);
    await library.close();
    index.close();
  });
});
