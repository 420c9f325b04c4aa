import { readFileSync } from "node:fs";
import { type Article, type Block, parseArticle } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { hostileStrings } from "./test-hostile-strings.js";
import { toMarkdown } from "./to-markdown.js";

const SAMPLE = new URL(
  "../../../content/ukraine-claims-continued-control-of-territory-in-russias-kursk-region.md",
  import.meta.url,
);

/** Sentences as reporters write them: nothing in them can act as Markdown where they stand. */
const SENTENCES = [
  "It's the company's plan, and the workers' too.",
  "Nearly a year — and counting — the offensive continues.",
  "About 1,000 troops crossed 3.5 km of open ground; 45% came back.",
  "The U.S. and U.K. envoys met at 9:30 a.m. (local time) on Aug. 6.",
  "Will it hold? Nobody knows!",
  '"Our objective is to degrade Russian combat capabilities," he said.',
  "“Quoted,” she said, ‘again’.",
  "Prices rose 2.5% to $5.99, up from €4.50.",
  "The 24-year-old — a well-known, long-term resident — said no.",
  "Kyiv (Ukraine) and Kursk (Russia) are 500 km apart.",
  "AT&T, Q&A and R&D.",
  "Temperatures hit 35°C at 2 p.m., 10 degrees above normal.",
  "See pages 10–12, or call 555-0100.",
  "1,000 people came; 2024 was a hard year.",
  "#1 seed Jannik Sinner won 6-4, 7-5.",
  "He was No. 1 in 2024 and No. 2 in 2025.",
  "The score was 2-1 (after extra time).",
  "It costs 5 × 3 = 15 euros, or 3 * 5 if you like.",
  "Café owners in Genève said: “Ça suffit.”",
  "Rates fell to 4.25 per cent... then rose.",
  "Ukraine’s top commander, Oleksandr Syrsky, spoke on Sunday.",
  "A 50/50 split, and/or 24/7 service.",
  "x > y and y < z, but not x<y.",
  ...hostileStrings("prose").map((entry) => entry.text),
];

/**
 * A `*`, `_` or `~` alone in its paragraph has nothing to pair with and stays bare; not in a
 * table cell, since CommonMark reads a whole table as one paragraph.
 */
const LONE_DELIMITERS = ["Terms and conditions apply*.", "The town is ~5 km away.", "See note_1."];

function proseArticle(sentences: readonly string[], outsideTables: readonly string[]): Article {
  const [first = "", second = first, third = first] = sentences;
  const inline = (text: string) => [{ text }];
  const table: Block = {
    type: "table",
    header: [inline(first), inline(second)],
    rows: sentences.map((text) => [inline(text), inline(text)]),
    caption: third,
  };
  const all = [...sentences, ...outsideTables];
  const body: Block[] = [
    ...all.map((text): Block => ({ type: "paragraph", content: inline(text) })),
    ...all.map((text): Block => ({ type: "heading", level: 2, content: inline(text) })),
    { type: "list", ordered: false, items: all.map(inline) },
    { type: "list", ordered: true, start: 3, items: all.map(inline) },
    { type: "blockquote", style: "block", paragraphs: all.map(inline), attribution: first },
    { type: "blockquote", style: "pull", paragraphs: [inline(second)], attribution: third },
    ...all.map(
      (text): Block => ({
        type: "image",
        src: "https://example.com/photo.jpg",
        alt: text,
        credit: text,
        caption: inline(text),
      }),
    ),
    ...all.map(
      (text): Block => ({
        type: "embed",
        url: "https://example.com/video",
        fallback: text,
        provider: text,
      }),
    ),
    table,
    {
      type: "aside",
      title: first,
      content: [
        { type: "paragraph", content: inline(second) },
        { type: "list", ordered: false, items: all.map(inline) },
      ],
    },
  ];
  return {
    schemaVersion: 1,
    id: "prose",
    slug: "prose",
    headline: first,
    alternativeHeadline: second,
    dateline: { place: "Kyiv, Ukraine", date: "Aug. 6", source: "AP" },
    keywords: all,
    description: third,
    body,
  };
}

describe("escape only where a character can act", () => {
  test("the sample article exports with no backslash at all, byte for byte", () => {
    const text = readFileSync(SAMPLE, "utf8");
    const read = fromMarkdown(text);
    expect(read.ok ? [] : read.errors).toEqual([]);
    if (!read.ok) return;
    const out = toMarkdown(read.article);
    expect(out).not.toContain("\\");
    expect(out).toBe(text);
  });

  test("clean prose exports with no backslash and no character reference, in every context", () => {
    const article = proseArticle(SENTENCES, LONE_DELIMITERS);
    expect(parseArticle(article)).toEqual({ ok: true, article });
    const markdown = toMarkdown(article);
    const body = markdown.slice(markdown.indexOf("\n---\n", 3) + 5);
    const noisy = body
      .split("\n")
      .filter((line) => line.includes("\\") || /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|\w+);/.test(line));
    expect(noisy).toEqual([]);
    expect(fromMarkdown(markdown)).toEqual({ ok: true, article });
  });
});
