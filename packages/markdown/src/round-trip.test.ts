import { type Article, type Block, type Inline, parseArticle } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { articleOf, flankingInline } from "./test-arbitraries.js";
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

  test("marks next to punctuation read back: every delimiter opens and closes where it should", () => {
    // A GFM table cannot hold `\|` in code (see the `cell` arbitrary).
    const cellSafe = (span: Inline[number]) =>
      span.marks?.includes("code") ? { ...span, text: span.text.replace(/\\(?=\|)/g, "/") } : span;
    const blocksOf = (content: Inline): Block[] => [
      { type: "paragraph", content },
      { type: "heading", level: 2, content },
      { type: "list", ordered: false, items: [content] },
      { type: "table", header: [content.map(cellSafe)], rows: [] },
    ];
    fc.assert(
      fc.property(flankingInline, (content) => {
        const article: Article = {
          schemaVersion: 1,
          id: "a",
          slug: "a",
          headline: "A",
          body: blocksOf(content),
        };
        expect(parseArticle(article).ok).toBe(true);
        expect(fromMarkdown(toMarkdown(article))).toEqual({ ok: true, article });
      }),
      { numRuns: 3000 },
    );
  });
});
