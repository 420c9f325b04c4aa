import { describe, expect, it } from "vitest";
import { layoutArticle } from "./layout-article.js";
import { layoutArticleProgressively } from "./layout-article-progressively.js";
import { readerArticle } from "./test-reader-article.js";

const base = readerArticle();
const article = readerArticle({ body: Array.from({ length: 20 }, () => base.body).flat() });

describe("layoutArticleProgressively", () => {
  for (const hyperlinks of [false, true]) {
    it(`lays out the first screen first, then the same layout as layoutArticle (hyperlinks ${hyperlinks})`, () => {
      const progressive = layoutArticleProgressively(
        article,
        { width: 60, hyperlinks },
        { lines: 30 },
      );
      const whole = layoutArticle(article, { width: 60, hyperlinks });
      expect(progressive.first.complete).toBe(false);
      expect(progressive.first.lines.length).toBeGreaterThanOrEqual(30);
      expect(progressive.first.lines.length).toBeLessThan(whole.lines.length / 4);
      expect(progressive.first.lines.some((line) => line.block === -2)).toBe(false);
      expect(whole.lines.slice(0, progressive.first.lines.length)).toEqual(progressive.first.lines);
      expect(progressive.rest()).toEqual(whole);
      expect(progressive.rest()).toBe(progressive.rest());
    });
  }

  it("reaches a block further down first, for a reader resuming there", () => {
    const { first } = layoutArticleProgressively(
      article,
      { width: 60, hyperlinks: false },
      { lines: 10, block: 100 },
    );
    const start = first.lines.findIndex((line) => line.block === 100);
    expect(start).toBeGreaterThan(0);
    expect(first.lines.length - start).toBeGreaterThanOrEqual(10);
  });

  it("is complete at once for a short article", () => {
    const progressive = layoutArticleProgressively(base, { width: 60, hyperlinks: false });
    expect(progressive.first).toEqual(layoutArticle(base, { width: 60, hyperlinks: false }));
    expect(progressive.rest()).toBe(progressive.first);
  });
});
