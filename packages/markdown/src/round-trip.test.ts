import { parseArticle } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { articleOf } from "./test-arbitraries.js";
import { toMarkdown } from "./to-markdown.js";

describe("round trip", () => {
  test("fromMarkdown(toMarkdown(article)) equals the article", () => {
    fc.assert(
      fc.property(articleOf(), (article) => {
        expect(parseArticle(article).ok).toBe(true);
        const markdown = toMarkdown(article);
        expect(fromMarkdown(markdown)).toEqual({ ok: true, article });
      }),
      { numRuns: 200 },
    );
  });

  test("writing what was read gives the same Markdown", () => {
    fc.assert(
      fc.property(articleOf(), (article) => {
        const markdown = toMarkdown(article);
        const read = fromMarkdown(markdown);
        expect(read.ok && toMarkdown(read.article)).toBe(markdown);
      }),
      { numRuns: 50 },
    );
  });
});
