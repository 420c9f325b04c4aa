import { parseArticle } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromWireText } from "./from-wire-text.js";

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const fragment = fc.oneof(
  fc.constantFrom(
    "Ukraine Claims Continued Control of Territory in Russia's Kursk Region",
    "By Jane Doe and John Roe, Associated Press",
    "By A, B, and C",
    "BY",
    "WASHINGTON (AP) — The Senate voted.",
    "MALMÖ, Sweden, Sept. 14 — ",
    "Kyiv, Ukraine\u00a0– Nearly a year",
    "ΑΘΗΝΑ, Ελλάδα (AP) —",
    "-- ",
    "— Olena Kovalenko, resident",
    "“We will not leave,” she said.",
    '"Not one step back."',
    "- item",
    "* ",
    "• bullet",
    "1. first",
    "999999999) last",
    "0. zero",
    "* * *",
    "___",
    "-30-",
    "###",
    "What Happens Next?",
    "Initial Invasion Captured Over 1,000 km²",
    "\u202e\u0007\u0000\u0085\u2028\u2029\ufeff\t\u000b\u000c",
    "\ud800",
    "\udc00x",
    "🇺🇦 🎉",
    "    indented",
    " ",
    "",
    ".",
    "(",
    ")",
    "By the time polls closed, officials had",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: codeUnit, maxLength: 20 }),
);

const separator = fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\r\n\r\n", " ", "", "\n\n\n");

const wireLike = fc
  .array(fc.tuple(fragment, separator), { maxLength: 30 })
  .map((parts) => parts.map(([text, gap]) => text + gap).join(""));

function expectValid(text: string): void {
  const article = fromWireText(text);
  const parsed = parseArticle(article);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
}

describe("fromWireText on any string", () => {
  it("never throws and always passes parseArticle (full Unicode)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), expectValid), { numRuns: 500 });
  });

  it("never throws and always passes parseArticle (graphemes)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), expectValid), { numRuns: 300 });
  });

  it("never throws and always passes parseArticle (any UTF-16 code units, lone surrogates too)", () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit }), expectValid), { numRuns: 500 });
  });

  it("never throws and always passes parseArticle (wire-like text)", () => {
    fc.assert(fc.property(wireLike, expectValid), { numRuns: 1000 });
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(wireLike, (text) => {
        expect(fromWireText(text)).toEqual(fromWireText(text));
      }),
      { numRuns: 100 },
    );
  });
});
