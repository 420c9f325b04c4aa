import type { Article } from "@broadsheet/article";
import { timeRatio } from "@broadsheet/article/testing";
import { PROFILE_NAMES, toMarkdown } from "@broadsheet/markdown";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseArticleText } from "./parse-article-text.js";

/**
 * Every path a user runs over an article's text takes time linear in its size, on the shapes that
 * make regular expressions and parsers slow down faster: long runs of one character or a short
 * unit, with something before and after. Each shape is run at a size where it takes a few
 * milliseconds of CPU time (from 5 KB up) and at 4x that size, which must take under 12x the time
 * (best of three, measured again when over). Ratios, never absolute times.
 */

const FACTOR = 4;
const LIMIT = 12;

const HEAD = '---\nheadline: "Shapes"\ndatePublished: "2025-09-14T08:00:00+02:00"\n---\n\n';

const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];
const UNITS = [
  ...PUNCTUATION,
  " ",
  "\t",
  "{{",
  "- ",
  "> ",
  "1. ",
  "9.",
  "_a",
  "a*",
  "*a",
  "a_",
  "~a",
  "*a ",
  "`a",
  "!a",
  "http",
  "[a](",
  "](",
  "<a",
  "&#",
  "\\*",
  "| a ",
  "p\n\n",
  "a\n",
  "# a\n",
  "k: 1\n",
];
const PREFIXES = ["", "a", "x ", "> ", "- ", "> [!ASIDE] a", "*a "];
const SUFFIXES = ["", "b", "\n", "a*", "x", "b\n> c"];

interface Shape {
  prefix: string;
  unit: string;
  suffix: string;
}

/** The shapes named in the issue, always run, before random mixes. */
const NAMED: Shape[] = [
  ...UNITS.map((unit) => ({ prefix: "", unit, suffix: "" })),
  { prefix: "a", unit: " ", suffix: "b" },
  { prefix: "a", unit: "\t", suffix: "b" },
  { prefix: "> [!ASIDE] a", unit: " ", suffix: "" },
  { prefix: "> [!ASIDE] a", unit: " ", suffix: "b\n> c" },
  { prefix: "x ", unit: "- ", suffix: "x" },
  { prefix: "", unit: "- ", suffix: "x" },
  { prefix: "*a ", unit: "*a ", suffix: "a*" },
];

const shape: fc.Arbitrary<Shape> = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  unit: fc.constantFrom(...UNITS),
  suffix: fc.constantFrom(...SUFFIXES),
});

function body({ prefix, unit, suffix }: Shape, size: number): string {
  const count = Math.max(1, Math.ceil((size - prefix.length - suffix.length) / unit.length));
  return `${prefix}${unit.repeat(count)}${suffix}`;
}

/** A Markdown file with the shape as its body, or as its front matter for `key: value` lines. */
function markdownFile(shaped: Shape, size: number): string {
  if (shaped.unit !== "k: 1\n") return `${HEAD}${body(shaped, size)}\n`;
  const keys = Array.from({ length: Math.ceil(size / 8) }, (_, index) => `k${index}: 1`);
  return `---\n${keys.join("\n")}\n---\n\nText.\n`;
}

function article(text: string): Article {
  return {
    schemaVersion: 1,
    id: "shapes",
    slug: "shapes",
    headline: "Shapes",
    datePublished: "2025-09-14T08:00:00+02:00",
    body: [{ type: "paragraph", content: [{ text }] }],
  };
}

/** The paths a user runs: name -> what it is given and does. */
const PATHS = {
  "read .md (validate)": "md",
  "read .json (validate)": "json",
  "read .txt (wire copy import)": "txt",
  "toMarkdown, every profile (export)": "export",
} as const;
type PathKind = (typeof PATHS)[keyof typeof PATHS];

function input(kind: PathKind, shaped: Shape, size: number): string {
  if (kind === "md") return markdownFile(shaped, size);
  if (kind === "txt") return body(shaped, size);
  return JSON.stringify(article(body(shaped, size)));
}

/** Runs one path a user runs on its input. */
function run(kind: PathKind, text: string): void {
  if (kind === "md") parseArticleText(text, "markdown", "shape.md");
  else if (kind === "json") parseArticleText(text, "json", "shape.json");
  else if (kind === "txt") parseArticleText(text, "wire-text", "shape.txt");
  else {
    const parsed = JSON.parse(text) as Article;
    for (const profile of PROFILE_NAMES) toMarkdown(parsed, { profile });
  }
}

function label({ prefix, unit, suffix }: Shape): string {
  return JSON.stringify(`${prefix}${unit}…${unit}${suffix}`);
}

describe("linear time on pathological shapes (4x the input, under 12x the time)", () => {
  for (const [name, kind] of Object.entries(PATHS)) {
    test(name, { timeout: 300_000 }, () => {
      const slow: string[] = [];
      fc.assert(
        fc.property(shape, (shaped) => {
          const measured = timeRatio(
            (size) => input(kind, shaped, size),
            (text) => run(kind, text),
            { start: 5_000, maxSize: 320_000, minimumMs: 8, factor: FACTOR, limit: LIMIT },
          );
          if (measured.ratio >= LIMIT) {
            slow.push(
              `${label(shaped)}: ${measured.smallMs.toFixed(1)} ms at ${measured.size / 1000} KB, ${measured.largeMs.toFixed(1)} ms at ${(measured.size * FACTOR) / 1000} KB (${measured.ratio.toFixed(1)}x)`,
            );
          }
        }),
        { examples: NAMED.map((named) => [named]), numRuns: NAMED.length + 12 },
      );
      expect(slow).toEqual([]);
    });
  }
});
