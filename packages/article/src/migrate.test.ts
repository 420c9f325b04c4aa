import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createArticleParser } from "./parse-article.js";
import { everyBlockArticle as sampleArticle } from "./testing/every-block-article.js";

const VersionZero = z.strictObject({
  schemaVersion: z.literal(0),
  id: z.string(),
  title: z.string(),
  paragraphs: z.array(z.string()).min(1),
});

const parseWithHistory = createArticleParser([
  {
    version: 0,
    schema: VersionZero,
    up: (document: z.infer<typeof VersionZero>) => ({
      schemaVersion: 1,
      id: document.id,
      slug: document.id,
      headline: document.title,
      body: document.paragraphs.map((text) => ({ type: "paragraph", content: [{ text }] })),
    }),
  },
]);

describe("schema migrations", () => {
  it("migrates a document of an older version step by step", () => {
    const result = parseWithHistory({
      schemaVersion: 0,
      id: "old-one",
      title: "Old",
      paragraphs: ["Hi."],
    });
    expect(result).toEqual({
      ok: true,
      migratedFrom: 0,
      article: {
        schemaVersion: 1,
        id: "old-one",
        slug: "old-one",
        headline: "Old",
        body: [{ type: "paragraph", content: [{ text: "Hi." }] }],
      },
    });
  });

  it("validates an old document against its own schema before migrating", () => {
    const result = parseWithHistory({
      schemaVersion: 0,
      id: "old-one",
      title: "Old",
      paragraphs: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("paragraphs");
  });

  it("still reads current documents", () => {
    expect(parseWithHistory(sampleArticle()).ok).toBe(true);
  });

  it("names the supported versions for an unknown one", () => {
    const result = parseWithHistory({ ...sampleArticle(), schemaVersion: 7 });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: "schemaVersion", message: "version 7 is not supported; this release reads 0, 1" },
      ],
    });
  });
});
