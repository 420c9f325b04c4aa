import type { Article } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { formatSummary } from "./format-summary.js";
import { article as baseArticle } from "./test-article.js";

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

describe("formatSummary", () => {
  it("aligns the fields under the headline and lists the h2 sections", () => {
    expect(formatSummary([{ file: "content/a.md", article: article() }])).toBe(
      [
        "Harbour Bridge Reopens",
        "  file       content/a.md",
        "  dateline   MALMÖ, Sweden, Sept. 14 (AP)",
        "  published  2025-09-14 08:00 +02:00",
        "  length     1,508 words (6 min read)",
        "  sections   What it cost",
        "             What next",
        "",
      ].join("\n"),
    );
  });

  it("says what is missing, and separates articles by a blank line", () => {
    const bare = article({
      dateline: undefined,
      datePublished: undefined,
      body: [paragraph("One")],
    });
    expect(
      formatSummary([
        { file: "a.json", article: bare },
        { file: "b.json", article: bare },
      ]),
    ).toBe(
      [
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
        "",
      ].join("\n"),
    );
  });

  it("writes UTC for Z", () => {
    const utc = article({ datePublished: "2025-09-14T06:00:00Z" });
    expect(formatSummary([{ file: "a.md", article: utc }])).toContain(
      "  published  2025-09-14 06:00 UTC\n",
    );
  });
});
