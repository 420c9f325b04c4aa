import type { Article } from "@broadsheet/article";
import { readerArticle } from "./test-reader-article.js";

type Block = Article["body"][number];

/** One paragraph holding `text`. */
function paragraph(text: string): Block {
  return { type: "paragraph", content: [{ text }] };
}

/** The printable ASCII characters that are neither letters, digits nor the space. */
const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];

/** A pathological shape: an article body that grows with `n` (about n characters or blocks). */
export interface PathologicalShape {
  name: string;
  body: (n: number) => Block[];
}

/**
 * Article bodies that stress the reader's layout: long runs without a break, long runs of one
 * character of every kind a line breaker treats specially, many tiny blocks, wide and combining
 * characters, many links, a long list and a wide or long table.
 */
export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = [
  { name: "one paragraph without spaces", body: (n) => [paragraph("a".repeat(n))] },
  { name: "a long URL", body: (n) => [paragraph(`https://example.org/${"a/".repeat(n / 2)}`)] },
  { name: "a, spaces, b", body: (n) => [paragraph(`a${" ".repeat(n)}b`)] },
  { name: "words and single spaces", body: (n) => [paragraph("ab ".repeat(n / 3))] },
  { name: "tabs", body: (n) => [paragraph(`a${"\t".repeat(n)}b`)] },
  { name: "hard line breaks", body: (n) => [paragraph("a\n".repeat(n / 2))] },
  { name: "empty lines", body: (n) => [paragraph(`a${"\n".repeat(n)}b`)] },
  {
    name: "runs of each ASCII punctuation character",
    body: (n) => PUNCTUATION.map((char) => paragraph(char.repeat(n / PUNCTUATION.length))),
  },
  { name: "run of one punctuation character", body: (n) => [paragraph("*".repeat(n))] },
  { name: "hyphen, space", body: (n) => [paragraph("- ".repeat(n / 2))] },
  { name: "letter, hyphen", body: (n) => [paragraph("a-".repeat(n / 2))] },
  { name: "em dashes", body: (n) => [paragraph("\u2014".repeat(n))] },
  { name: "zero-width spaces", body: (n) => [paragraph("a\u200b".repeat(n / 2))] },
  { name: "soft hyphens", body: (n) => [paragraph("a\u00ad".repeat(n / 2))] },
  { name: "one word of CJK", body: (n) => [paragraph("中".repeat(n))] },
  { name: "CJK closing punctuation", body: (n) => [paragraph("。".repeat(n))] },
  { name: "fullwidth forms", body: (n) => [paragraph("Ａ".repeat(n))] },
  { name: "emoji with skin tones", body: (n) => [paragraph("\u{1F44D}\u{1F3FD}".repeat(n / 4))] },
  {
    name: "ZWJ sequences",
    body: (n) => [paragraph("\u{1F468}\u200d\u{1F469}\u200d\u{1F467}".repeat(n / 8))],
  },
  { name: "combining marks on one letter", body: (n) => [paragraph(`e${"\u0301".repeat(n)}`)] },
  { name: "letters with a combining mark", body: (n) => [paragraph("e\u0301".repeat(n / 2))] },
  { name: "Hangul fillers", body: (n) => [paragraph("\u3164".repeat(n))] },
  { name: "Devanagari conjuncts", body: (n) => [paragraph("\u0915\u094D\u0937".repeat(n / 3))] },
  { name: "tiny paragraphs", body: (n) => Array.from({ length: n / 10 }, () => paragraph("p")) },
  {
    name: "headings",
    body: (n) =>
      Array.from({ length: n / 20 }, (_, i) => ({
        type: "heading" as const,
        level: 2 as const,
        content: [{ text: `S${i}` }],
      })),
  },
  {
    name: "links",
    body: (n) => [
      {
        type: "paragraph",
        content: Array.from({ length: n / 40 }, (_, i) => ({
          text: "link ",
          href: `https://example.org/${i}`,
        })),
      },
    ],
  },
  {
    name: "list items",
    body: (n) => [
      {
        type: "list",
        ordered: true,
        items: Array.from({ length: n / 20 }, () => [{ text: "item" }]),
      },
    ],
  },
  {
    name: "table rows",
    body: (n) => [
      {
        type: "table",
        header: [[{ text: "a" }], [{ text: "b" }]],
        rows: Array.from({ length: n / 20 }, () => [[{ text: "1" }], [{ text: "2" }]]),
      },
    ],
  },
  {
    name: "table columns",
    body: (n) => [
      {
        type: "table",
        header: Array.from({ length: n / 100 }, () => [{ text: "h" }]),
        rows: [Array.from({ length: n / 100 }, () => [{ text: "c" }])],
      },
    ],
  },
];

/** An article whose body is the shape at size `n`. */
export function pathologicalArticle(shape: PathologicalShape, n: number): Article {
  return readerArticle({ body: shape.body(n), corrections: [] });
}
