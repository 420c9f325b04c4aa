import { timeRatio } from "@broadsheet/article/testing";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromWireText } from "./from-wire-text.js";

/** 4x the input: linear work takes about 4x the time, quadratic 16x. */
const FACTOR = 4;
const LIMIT = 10;

const ASCII_PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];

/**
 * Runs that could make the importer slow: every ASCII punctuation character alone, after a
 * letter and before a space, whitespace of every kind, list and quote markers, dividers, wire
 * conventions (bylines, datelines, attributions, quotation marks) and line breaks.
 */
const UNITS = [
  ...ASCII_PUNCTUATION,
  ...ASCII_PUNCTUATION.map((char) => `a${char}`),
  ...ASCII_PUNCTUATION.map((char) => `${char} `),
  " ",
  "\t",
  "\u00a0",
  "\u2003",
  "a ",
  "A ",
  "- ",
  "> ",
  "* ",
  "• ",
  "# ",
  "1. ",
  "1) ",
  "{{",
  "{%",
  "By ",
  " and ",
  "A, ",
  "“",
  "”",
  "— ",
  "--",
  "(AP) ",
  "Mr. ",
  "\n",
  "a\n",
  "A\n",
  "- \n",
  "> \n",
  " \n",
  "\n\n",
  "a\n\n",
];

const ALPHABET = [...ASCII_PUNCTUATION, " ", "\t", "a", "A", "1", "\n"];

/** Where a run stands in wire copy: each line the importer reads on its own. */
const PLACES: Record<string, (run: string) => string> = {
  headline: (run) => `H${run}x\n\nBody text here.\n`,
  dek: (run) => `Headline\n${run}\n\nBody text here.\n`,
  byline: (run) => `Headline\n\nBy Ann${run}Lee\n\nBody text here.\n`,
  "byline alone": (run) => `Headline\n\nBy ${run}\n\nBody text here.\n`,
  dateline: (run) => `Headline\n\nKYIV${run}(AP) — Body text here.\n`,
  "dateline place": (run) => `Headline\n\n${run} (AP) — Body text here.\n`,
  subhead: (run) => `Headline\n\nBody text here.\n\nSub${run}head\n\nMore text.\n`,
  list: (run) => `Headline\n\nBody text here.\n\n- a${run}b\n- ${run}\n1. ${run}\n\nMore.\n`,
  quote: (run) =>
    `Headline\n\nBody text.\n\n“Quote${run}here,” said ${run} Lee.\n\n> ${run}\n> — A${run}B\n\nMore.\n`,
  paragraph: (run) => `Headline\n\nBody text here.\n\n${run}x\n\nMore.\n`,
};

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...UNITS) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 3 })
      .map((chars) => chars.join("")),
  },
);
const place = fc.constantFrom(...Object.keys(PLACES));

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

describe("fromWireText runs in time linear in the input", () => {
  test(`4x a pathological run takes less than ${LIMIT}x the time, in every place`, () => {
    fc.assert(
      fc.property(unit, place, (unit, place) => {
        const wire = PLACES[place] as (run: string) => string;
        const { size, ratio } = timeRatio(
          (size) => wire(repeatTo(unit, size)),
          (text) => fromWireText(text),
          { start: 4000, maxSize: 16_000, minimumMs: 15, factor: FACTOR, limit: LIMIT },
        );
        expect(
          ratio,
          `${JSON.stringify(unit)} in the ${place}: ${size} -> ${FACTOR * size} characters`,
        ).toBeLessThan(LIMIT);
      }),
      {
        numRuns: 40,
        examples: [
          ["- ", "list"],
          ["- ", "paragraph"],
          ["• ", "quote"],
        ],
      },
    );
  }, 120_000);
});
