import { blockText, countWords, minutesForWords, readingTime } from "@broadsheet/article";
import { everyBlockArticle, minimalArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { EXACT_WORD_COUNT_LIMIT, readingMinutes } from "./reading-minutes.js";
import { readerArticle } from "./test-reader-article.js";

const articles = [everyBlockArticle(), minimalArticle()].map((article) => ({ article }));

describe("readingMinutes", () => {
  it("agrees with readingTime for articles of ordinary length", () => {
    for (const { article } of articles) expect(readingMinutes(article)).toBe(readingTime(article));
  });

  it("estimates a very long article close to the exact count", () => {
    const body = articles.flatMap(({ article }) => article.body);
    const once = body.map(blockText).join("").length;
    const times = Math.ceil(EXACT_WORD_COUNT_LIMIT / once) + 1;
    const long = readerArticle({ body: Array.from({ length: times }, () => body).flat() });
    const texts = long.body.map(blockText);
    expect(texts.join("").length).toBeGreaterThan(EXACT_WORD_COUNT_LIMIT);
    // readingTime itself segments the whole body at once, which takes minutes at this length.
    const exact = minutesForWords(texts.reduce((sum, text) => sum + countWords(text, "en"), 0));
    expect(Math.abs(readingMinutes(long) - exact) / exact).toBeLessThan(0.1);
  });

  it("falls back to English for a language tag Intl does not accept", () => {
    expect(readingMinutes(readerArticle({ inLanguage: "not a tag" }))).toBe(1);
  });
});
