import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexArticles } from "./index-articles.js";
import { indexedFolder, numberedArticle, writeArticle } from "./test-index-folder.js";

describe("indexArticles", () => {
  it("reports problems in file order, duplicates after the first file, and articles newest first", async () => {
    const { dir, env } = await indexedFolder(3);
    await writeArticle(dir, "story-004.json", numberedArticle(4, { slug: "story-1" }));
    await writeFile(join(dir, "story-000.json"), "{ not json");
    const content = await indexArticles([dir], { env });
    try {
      expect(content.files.map((file) => file.slice(dir.length + 1))).toEqual([
        "story-000.json",
        "story-001.json",
        "story-002.json",
        "story-003.json",
        "story-004.json",
      ]);
      expect(content.errors.map((error) => [error.file.slice(dir.length + 1), error.code])).toEqual(
        [
          ["story-000.json", "syntax"],
          ["story-004.json", "duplicate"],
        ],
      );
      expect(content.articles.map((article) => article.slug)).toEqual([
        "story-3",
        "story-2",
        "story-1",
      ]);
      const file = join(dir, "story-002.json");
      expect(content.indexOf(file)).toBe(content.folderIndex(dir));
      expect(content.article(file).headline).toBe("Story number 2");
    } finally {
      content.close();
    }
  });
});
