import type { Article } from "@broadsheet/article";
import { minimalArticle as baseArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { summaryLines } from "./format-summary.js";

const paragraph = (text: string) => ({ type: "paragraph" as const, content: [{ text }] });
const heading = (level: 2 | 3, text: string) => ({
  type: "heading" as const,
  level,
  content: [{ text }],
});

function article(overrides: Partial<Article> = {}): Article {
  return baseArticle({
    dateline: { place: "MALMÖ, Sweden", date: "Sept. 14", source: "AP" },
    datePublished: "2025-09-14T08:00:00.000+02:00",
    body: [
      paragraph("word ".repeat(1500)),
      heading(2, "What it cost"),
      heading(3, "Not a section"),
      heading(2, "What next"),
    ],
    ...overrides,
  });
}

describe("summaryLines", () => {
  it("aligns the fields under the headline and lists the h2 sections", () => {
    expect(summaryLines([{ file: "content/a.md", article: article() }])).toEqual([
      "Harbour Bridge Reopens",
      "  file       content/a.md",
      "  dateline   MALMÖ, Sweden, Sept. 14 (AP)",
      "  published  2025-09-14 08:00 +02:00",
      "  length     1,508 words (6 min read)",
      "  sections   What it cost",
      "             What next",
    ]);
  });

  it("says what is missing, and separates articles by a blank line", () => {
    const bare = article({
      dateline: undefined,
      datePublished: undefined,
      body: [paragraph("One")],
    });
    expect(
      summaryLines([
        { file: "a.json", article: bare },
        { file: "b.json", article: bare },
      ]),
    ).toEqual([
      "Harbour Bridge Reopens",
      "  file       a.json",
      "  dateline   (none)",
      "  published  (undated)",
      "  length     1 word (1 min read)",
      "  sections   (none)",
      "",
      "Harbour Bridge Reopens",
      "  file       b.json",
      "  dateline   (none)",
      "  published  (undated)",
      "  length     1 word (1 min read)",
      "  sections   (none)",
    ]);
  });

  it("writes UTC for Z", () => {
    const utc = article({ datePublished: "2025-09-14T06:00:00Z" });
    expect(summaryLines([{ file: "a.md", article: utc }])).toContain(
      "  published  2025-09-14 06:00 UTC",
    );
  });

  it("keeps each value on its line, whatever it holds", () => {
    const forged = article({
      body: [paragraph("One"), heading(2, "Real\n\n9 of 9 articles valid\u2028x\rbroadsheet: y")],
    });
    const lines = summaryLines([{ file: "a\nb.md", article: forged }]);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe("  file       a\nb.md");
    expect(lines[5]).toBe("  sections   Real\n\n9 of 9 articles valid\u2028x\rbroadsheet: y");
  });
});
