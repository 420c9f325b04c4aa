import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth } from "./display-width.js";
import { graphemeWidths } from "./grapheme-widths.js";
import { terminalColumns } from "./terminal-columns.js";

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
  return [...segmenter.segment(text)].map(({ segment, index }) => [
    index,
    terminalColumns(segment),
  ]);
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
    ["Hangul fillers and a soft hyphen", "\u3164\u115F\u1161 a\u00ADb"],
    ["Arabic number sign", "\u06001"],
  ])("matches Intl.Segmenter and terminalColumns: %s", (_name, text) => {
    expect(clusters(text)).toEqual(expected(text));
  });

  it("matches Intl.Segmenter and terminalColumns on any text", () => {
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

  it("gives a display width of the clusters' terminalColumns, never below string-width's", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        const sum = expected(text).reduce((total, [, width]) => total + width, 0);
        expect(displayWidth(text)).toBe(sum);
        expect(displayWidth(text)).toBeGreaterThanOrEqual(stringWidth(text));
      }),
    );
  });

  it("measures what terminals draw where string-width counts nothing or too little", () => {
    expect(displayWidth("\u3164")).toBe(2);
    expect(displayWidth("\u115F")).toBe(2);
    expect(displayWidth("a\u00ADb")).toBe(3);
    expect(displayWidth("\u{1F44D}\u{1F3FD}")).toBe(4);
    expect(displayWidth("\u0915\u094D\u0937")).toBe(2);
  });
});
