import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.js";
import { minutesForWords, readingTime } from "./reading-time.js";
import { slugify } from "./slugify.js";
import { tableOfContents } from "./table-of-contents.js";
import { everyBlockArticle as sampleArticle } from "./testing/every-block-article.js";
import { countWords, wordCount } from "./word-count.js";

describe("slugify", () => {
  it.each([
    ["São Paulo", "sao-paulo"],
    ["km²", "km2"],
    ["Initial Invasion Captured Over 1,000 km²", "initial-invasion-captured-over-1-000-km2"],
    ["Russia’s Kursk Region", "russias-kursk-region"],
    ["Malmö Øresund", "malmo-oresund"],
    ["Київ", "kiyiv"],
    ["  --Hello,   World!--  ", "hello-world"],
    ["東京", ""],
  ])("%s -> %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe("word count and reading time", () => {
  it("counts words, not punctuation", () => {
    expect(countWords("Hello, world — it’s 2025!")).toBe(4);
  });

  it("counts long text in chunks without losing or splitting words", () => {
    const sentence = "Ukraine’s forces still hold 90 km² — officials said. ";
    expect(countWords(sentence.repeat(400))).toBe(countWords(sentence) * 400);
  });

  it("counts CJK words with the language's segmenter", () => {
    expect(countWords("東京都は晴れです", "ja")).toBeGreaterThan(1);
  });

  it("counts every block's readable text", () => {
    expect(wordCount(sampleArticle())).toBeGreaterThan(30);
  });

  it("gives at least one minute and rounds to whole minutes", () => {
    expect(minutesForWords(0)).toBe(1);
    expect(minutesForWords(238 * 4)).toBe(4);
    expect(minutesForWords(238 * 4.6)).toBe(5);
    expect(readingTime(sampleArticle())).toBe(1);
  });
});

describe("table of contents", () => {
  it("lists headings with unique, stable anchor ids", () => {
    const toc = tableOfContents(sampleArticle());
    expect(toc).toEqual([
      { block: 1, level: 2, text: "São Paulo and km²", id: "sao-paulo-and-km2" },
      { block: 9, level: 3, text: "São Paulo and km²", id: "sao-paulo-and-km2-2" },
    ]);
  });

  it("gives headings without Latin letters a positional id", () => {
    const toc = tableOfContents({
      body: [{ type: "heading", level: 2, content: [{ text: "東京" }] }],
    });
    expect(toc[0]?.id).toBe("section-1");
  });
});

describe("excerpt", () => {
  it("prefers the description", () => {
    expect(excerpt(sampleArticle())).toBe("The bridge is open again.");
  });

  it("cuts the first paragraph at a word boundary", () => {
    const text = "word ".repeat(100).trim();
    const cut = excerpt({ body: [{ type: "paragraph", content: [{ text }] }] }, 50);
    expect(cut.endsWith("word…")).toBe(true);
    expect(Array.from(cut).length).toBeLessThanOrEqual(50);
  });
});
