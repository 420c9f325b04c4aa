import { type Article, type Block, type Inline, parseArticle } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { PROFILE_NAMES } from "./profiles/index.js";
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

  test("a code span with \\[ after a backtick in link text keeps its backslash, in every profile", () => {
    const link = "mailto:desk@example.com";
    const article: Article = {
      schemaVersion: 1,
      id: "code-in-link",
      slug: "code-in-link",
      headline: "Code in a link",
      datePublished: "2025-09-14T08:00:00+02:00",
      body: [
        {
          type: "paragraph",
          content: [
            { text: "`!", href: link },
            { text: "\\[ ", marks: ["code"], href: link },
            { text: "!" },
          ],
        },
      ],
    };
    for (const profile of PROFILE_NAMES) {
      const read = fromMarkdown(toMarkdown(article, { profile }), { profile });
      const body = read.ok ? read.article.body : read.errors;
      expect(body, profile).toContainEqual(article.body[0]);
    }
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
