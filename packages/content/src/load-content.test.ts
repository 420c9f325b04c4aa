import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadArticles } from "./load-articles.js";
import { loadContent } from "./load-content.js";
import { articleJson, articleMarkdown, tempDir, writeFiles } from "./test-fixtures.js";

describe("loadContent", () => {
  it("loads every format, newest first, then by headline", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "old.json": articleJson({
        slug: "old",
        headline: "Old",
        datePublished: "2024-01-01T00:00:00Z",
      }),
      "b.json": articleJson({
        slug: "b",
        headline: "Beta",
        datePublished: "2025-01-01T12:00:00+00:00",
      }),
      "a.json": articleJson({
        slug: "a",
        headline: "Alpha",
        datePublished: "2025-01-01T14:00:00+02:00",
      }),
      "undated.json": articleJson({
        slug: "undated",
        headline: "Undated",
        datePublished: undefined,
      }),
      "new.md": articleMarkdown("Newest Story", "2026-03-01T09:00:00-05:00"),
    });
    const result = await loadContent(dir);
    expect(result.errors).toEqual([]);
    expect(result.articles.map((entry) => entry.article.slug)).toEqual([
      "newest-story",
      "a",
      "b",
      "old",
      "undated",
    ]);
    expect(result.articles[0]?.file).toBe(join(dir, "new.md"));
    expect(result.files).toHaveLength(5);
  });

  it("never lets a bad file hide the good ones", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "good.json": articleJson(),
      "broken.json": "{",
      "binary.md": new Uint8Array([1, 0, 2]),
      "latin1.txt": Buffer.from("Caf\xe9\n", "latin1"),
    });
    const result = await loadContent(dir);
    expect(result.articles.map((entry) => entry.file)).toEqual([join(dir, "good.json")]);
    expect(result.errors.map((error) => [error.file, error.code])).toEqual([
      [join(dir, "binary.md"), "binary"],
      [join(dir, "broken.json"), "syntax"],
      [join(dir, "latin1.txt"), "encoding"],
    ]);
  });

  it("ignores dotfiles, README.md, other files and subfolders", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "drafts"));
    await writeFiles(dir, {
      "a.json": articleJson(),
      ".a.md.1234.tmp": "junk",
      ".hidden.md": "junk",
      "README.md": "# Content\n",
      "photo.jpg": new Uint8Array([0xff, 0xd8, 0]),
      "notes.docx": "junk",
    });
    await writeFiles(join(dir, "drafts"), { "draft.md": "junk" });
    const result = await loadContent(dir);
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual([join(dir, "a.json")]);
  });

  it("rejects a repeated slug, naming both files, and keeps the first", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "a.json": articleJson({ slug: "same", id: "one" }),
      "b.json": articleJson({ slug: "same", id: "two" }),
      "c.json": articleJson({ slug: "other", id: "one" }),
    });
    const result = await loadContent(dir);
    expect(result.articles.map((entry) => entry.file)).toEqual([join(dir, "a.json")]);
    expect(result.errors).toEqual([
      {
        file: join(dir, "b.json"),
        path: "slug",
        code: "duplicate",
        message: `"same" is also the slug of ${join(dir, "a.json")}; give one of them another slug`,
      },
      {
        file: join(dir, "c.json"),
        path: "id",
        code: "duplicate",
        message: `"one" is also the id of ${join(dir, "a.json")}; give one of them another id`,
      },
    ]);
  });

  it("reports a missing folder and a file where a folder is expected", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "a.json": articleJson() });
    expect(await loadContent(join(dir, "nope"))).toEqual({
      articles: [],
      files: [],
      errors: [
        {
          file: join(dir, "nope"),
          code: "not-found",
          message: "no such file or folder; check the path",
        },
      ],
    });
    expect((await loadContent(join(dir, "a.json"))).errors).toEqual([
      {
        file: join(dir, "a.json"),
        code: "not-a-folder",
        message: "is a file, not a folder of articles",
      },
    ]);
  });

  it("loads the publication's own content folder without errors", async () => {
    const result = await loadContent(fileURLToPath(new URL("../../../content", import.meta.url)));
    expect(result.errors).toEqual([]);
    expect(result.articles.length).toBeGreaterThan(0);
    expect(result.articles).toHaveLength(result.files.length);
  });

  it("loads an empty folder as no articles and no errors", async () => {
    expect(await loadContent(await tempDir())).toEqual({ articles: [], errors: [], files: [] });
  });
});

describe("loadArticles", () => {
  it("takes files and folders, reads a file named twice once, and checks slugs across all", async () => {
    const dir = await tempDir();
    const other = await tempDir();
    await writeFiles(dir, { "a.json": articleJson({ slug: "a" }) });
    await writeFiles(other, { "b.json": articleJson({ slug: "a", id: "b" }) });
    const result = await loadArticles([
      dir,
      join(dir, "a.json"),
      join(other, "b.json"),
      join(other, "gone.md"),
    ]);
    expect(result.files).toEqual([join(dir, "a.json"), join(other, "b.json")]);
    expect(result.errors.map((error) => [error.file, error.code])).toEqual([
      [join(other, "gone.md"), "not-found"],
      [join(other, "b.json"), "duplicate"],
    ]);
  });
});
