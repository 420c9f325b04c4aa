import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth } from "./display-width.js";
import { graphemeWidths } from "./grapheme-widths.js";

const segmenter = new Intl.Segmenter();

function clusters(text: string): [number, number][] {
  const widths = graphemeWidths(text);
  const out: [number, number][] = [];
  widths.forEach((width, index) => {
    if (width >= 0) out.push([index, width]);
  });
  return out;
}

function expected(text: string): [number, number][] {
  return [...segmenter.segment(text)].map(({ segment, index }) => [index, stringWidth(segment)]);
}

describe("graphemeWidths", () => {
  it.each([
    ["ASCII", "Hello, world"],
    ["Latin with accents", "São Paulo, Malmö"],
    ["combining marks", "e\u0301te\u0301 n\u0303"],
    ["CJK", "東京の天気は晴れ。한국어"],
    ["emoji ZWJ sequence", "family 👩‍👩‍👧 here"],
    ["flags", "🇸🇪🇺🇦🇩🇪"],
    ["skin tone and keycap", "👍🏽 1️⃣"],
    ["symbol with a ZWJ before it", "a\u200D©"],
    ["Hangul jamo", "\u1100\u1161\u11A8가"],
    ["controls", "a\u0007b\nc"],
    ["Devanagari", "नमस्ते दुनिया"],
  ])("matches Intl.Segmenter and string-width: %s", (_name, text) => {
    expect(clusters(text)).toEqual(expected(text));
  });

  it("matches Intl.Segmenter and string-width on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        expect(clusters(text)).toEqual(expected(text));
      }),
      { numRuns: 500 },
    );
  });

  it("agrees across the chunks it segments long complex text in", () => {
    const text = "👩‍👩‍👧🇸🇪e\u0301".repeat(400);
    expect(clusters(text)).toEqual(expected(text));
  });

  it("gives a display width equal to string-width's", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
    );
  });
});
