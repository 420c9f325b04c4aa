import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import type { Segment } from "../layout/layout-types.js";
import { wrapText } from "./wrap-text.js";

const texts = (lines: Segment[][]) => lines.map((line) => line.map((s) => s.text).join(""));
const wrap = (text: string, width: number) => texts(wrapText([{ text }], width));

describe("wrapText", () => {
  it("breaks at spaces and drops the spaces at the break", () => {
    expect(wrap("The quick brown fox jumps over the lazy dog", 10)).toEqual([
      "The quick",
      "brown fox",
      "jumps over",
      "the lazy",
      "dog",
    ]);
  });

  it("keeps a line that fits exactly", () => {
    expect(wrap("abcde fghij", 11)).toEqual(["abcde fghij"]);
    expect(wrap("abcde fghij", 10)).toEqual(["abcde", "fghij"]);
  });

  it("honours hard line breaks and keeps empty lines", () => {
    expect(wrap("one\n\ntwo three", 5)).toEqual(["one", "", "two", "three"]);
  });

  it("returns one empty line for empty text", () => {
    expect(wrapText([], 10)).toEqual([[]]);
  });

  it("breaks after hyphens and em dashes, not before", () => {
    expect(wrap("a well-known fact", 8)).toEqual(["a well-", "known", "fact"]);
    expect(wrap("the answer—forty-two", 12)).toEqual(["the answer—", "forty-two"]);
    expect(wrap("it is -5 today", 6)).toEqual(["it is", "-5", "today"]);
  });

  it("breaks a word longer than the line between graphemes", () => {
    expect(wrap("see https://example.org/a/very/long/path/to/a/page now", 16)).toEqual([
      "see",
      "https://example.",
      "org/a/very/long/",
      "path/to/a/page",
      "now",
    ]);
  });

  it("measures CJK as two columns and breaks between ideographs", () => {
    expect(wrap("東京都の人口は約千四百万人です。", 10)).toEqual([
      "東京都の人",
      "口は約千四",
      "百万人で",
      "す。",
    ]);
  });

  it("breaks mixed Latin and CJK text at both kinds of opportunity", () => {
    expect(wrap("我用Linux系统 and 中文", 8)).toEqual(["我用", "Linux系", "统 and", "中文"]);
  });

  it("does not start a line with closing CJK punctuation", () => {
    const lines = wrap("あいうえお。かきくけこ", 10);
    expect(lines).toEqual(["あいうえ", "お。かきく", "けこ"]);
  });

  it("never splits emoji sequences, flags or combining marks", () => {
    const family = "👩‍👩‍👧";
    const lines = wrap(`${family}${family}${family} 🇸🇪🇺🇦🇩🇪 e\u0301e\u0301e\u0301e\u0301`, 4);
    expect(lines).toEqual([
      `${family}${family}`,
      family,
      "🇸🇪🇺🇦",
      "🇩🇪",
      "e\u0301e\u0301e\u0301e\u0301",
    ]);
  });

  it("keeps a combining mark set on a space with that space", () => {
    expect(wrap("ab \u0300 cd", 3)).toEqual(["ab \u0300", "cd"]);
    expect(wrap("ab \u0300 cd", 2)).toEqual(["ab", " \u0300", "cd"]);
  });

  it("drops an indent as wide as the line, keeps a narrower one", () => {
    expect(wrap("      word", 4)).toEqual(["word"]);
    expect(wrap("  word", 8)).toEqual(["  word"]);
  });

  it("carries styles across breaks", () => {
    const bold = { bold: true };
    const lines = wrapText([{ text: "plain " }, { text: "bold words here", style: bold }], 10);
    expect(lines).toEqual([
      [{ text: "plain " }, { text: "bold", style: bold }],
      [{ text: "words here", style: bold }],
    ]);
  });

  it("sanitizes the text it is given", () => {
    expect(wrap("a\u001B]0;title\u0007b\u001B[2J c", 80)).toEqual(["ab c"]);
  });

  it("keeps every line within the width and loses no text but spaces", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { maxLength: 6 }),
        fc.integer({ min: 2, max: 40 }),
        (pieces, width) => {
          const segments = pieces.map((text) => ({ text }));
          const lines = texts(wrapText(segments, width));
          const source = wrapText(segments, Number.POSITIVE_INFINITY);
          for (const line of lines) {
            const clusters = [...new Intl.Segmenter().segment(line)];
            if (clusters.every(({ segment }) => stringWidth(segment) <= width)) {
              expect(stringWidth(line)).toBeLessThanOrEqual(width);
            }
          }
          const squash = (text: string) => text.replace(/[ \n]/g, "");
          expect(squash(lines.join(""))).toBe(squash(texts(source).join("")));
        },
      ),
      { numRuns: 500 },
    );
  });
});
