import { describe, expect, it } from "vitest";
import { type CharClass, commonmarkClass, commonmarkJsClass, markedClass } from "./char-class.js";
import { ALL_PARSERS, charFacts, classOfFacts, type Parser } from "./char-facts.js";

const CLASSIFY: Record<Parser, (char: string, delimiter: string, before: boolean) => CharClass> = {
  commonmark: (char) => commonmarkClass(char),
  "commonmark.js": (char) => commonmarkJsClass(char),
  marked: markedClass,
};

const ASTRAL = ["😀", "𝐀", "𐀀", "\u{1f1e6}", "\u{10ffff}"];

describe("classOfFacts", () => {
  it("gives each parser's class at every code unit and for characters beyond U+FFFF", () => {
    const chars = [...Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit))];
    for (const char of [...chars, ...ASTRAL]) {
      const facts = charFacts(char);
      for (const parser of ALL_PARSERS) {
        for (const delimiter of ["*", "_", "~"]) {
          for (const beforeOpener of [false, true]) {
            const expected = CLASSIFY[parser](char, delimiter, beforeOpener);
            if (classOfFacts(facts, parser, delimiter, beforeOpener) !== expected) {
              expect(classOfFacts(facts, parser, delimiter, beforeOpener), char).toBe(expected);
            }
          }
        }
      }
    }
  }, 60_000);
});
