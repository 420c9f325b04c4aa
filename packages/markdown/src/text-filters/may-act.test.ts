import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { screened } from "../render/active-text.js";
import type { TextFilter } from "../render/text-filter.js";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { escapeMathDollars } from "./escape-math-dollars.js";
import { goldmarkText } from "./goldmark-text.js";
import { hashnodeText } from "./hashnode-text.js";
import { kramdownText } from "./kramdown-text.js";
import { redcarpetText } from "./redcarpet-text.js";

/** What may set each filter off, as the patterns its sketch test stands for. */
const TRIGGERS: [string, TextFilter, RegExp][] = [
  ["goldmark", goldmarkText, /\}$/m],
  ["hashnode", hashnodeText, /\$\$|%\n\[/],
  ["kramdown", kramdownText, /[|^]|\$\$|\{[:#]|>>/],
  ["redcarpet", redcarpetText, /[\^=]|\{[{%]|[Dd][Aa][Tt][Aa]:/],
];

const CORPUS = hostileStrings(...TEXT_GROUPS, "link-destinations").map((entry) => entry.text);

const near = fc
  .array(
    fc.constantFrom(
      ..."$%\n\r\u2028\u2029[]{}|^:#>=%dDaAtTxX ".split(""),
      "data:",
      "DaTa:",
      "{{",
      "{%",
      "}\n",
      "\u0130",
      "\u212a",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** Prose without any trigger, to make sketches long enough for the substring searches. */
const FILLER = "Nearly a year after the offensive began, the troops still hold the region. ".repeat(
  2,
);

const long = fc.tuple(near, near).map(([before, after]) => `${before}${FILLER}${after}`);

const sketch = fc.oneof(
  near,
  long,
  fc.string({ maxLength: 16 }),
  fc.string({ minLength: 64, maxLength: 100 }),
  fc.constantFrom(...CORPUS),
);

describe("text filters' sketch tests", () => {
  for (const [name, filter, pattern] of TRIGGERS) {
    it(`${name}: finds exactly what ${pattern} finds`, () => {
      for (const text of CORPUS) expect(filter.mayAct(text), text).toBe(pattern.test(text));
      fc.assert(
        fc.property(sketch, (text) => {
          expect(filter.mayAct(text)).toBe(pattern.test(text));
        }),
        { numRuns: 4000 },
      );
    });
  }
});

const FILTERS: [string, TextFilter][] = [
  ["escapeMathDollars", escapeMathDollars],
  ["goldmark", goldmarkText],
  ["hashnode", hashnodeText],
  ["kramdown", kramdownText],
  ["redcarpet", redcarpetText],
];

/** Pieces of text the quiet path's screen finds nothing in (and, for contrast, left out). */
const UNSCREENED = [
  ..."$%:#>=\"'()/.,;?-+0123456789 aAdDtTxXé’—€".split(""),
  ...["data:", "DaTa:", "src=", '"data', "$$", ">>", "%%", "=="],
].filter((piece) => !screened(piece));

/** A sketch as quietInline makes it: span texts a line each, link texts in brackets. */
const unscreenedSketch = fc
  .array(
    fc.tuple(
      fc.array(fc.constantFrom(...UNSCREENED), { maxLength: 8 }).map((parts) => parts.join("")),
      fc.boolean(),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((spans) => spans.map(([text, link]) => (link ? `[${text}]` : text)).join("\n"));

describe("text filters' tests of unscreened sketches", () => {
  it("leaves no screened piece in the alphabet", () => {
    expect(UNSCREENED.length).toBeGreaterThan(40);
    expect(screened("{")).toBe(true);
    expect(screened("|")).toBe(true);
    expect(screened("^")).toBe(true);
  });

  for (const [name, filter] of FILTERS) {
    it(`${name}: gives what mayAct gives for every sketch of unscreened texts`, () => {
      const unscreened = filter.mayActUnscreened ?? filter.mayAct;
      fc.assert(
        fc.property(
          fc.oneof(
            unscreenedSketch,
            unscreenedSketch.map((s) => `${s}${FILLER}`),
          ),
          (s) => {
            expect(unscreened(s), s).toBe(filter.mayAct(s));
          },
        ),
        { numRuns: 4000 },
      );
    });
  }
});
