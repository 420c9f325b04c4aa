import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings } from "../test-hostile-strings.js";
import { unusualOrEscaped } from "./unusual-or-escaped.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern the screen stands in for.
const EXACT = /[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"\\]|: | #/;

const CORPUS = hostileStrings("yaml-breakers", "unicode", "prose", "inline-syntax").map(
  (entry) => entry.text,
);

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'ab é’—:# .-/"\\', ": ", " #", "://", "a#b") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 2 }) },
);

describe("unusualOrEscaped", () => {
  it("agrees with the exact pattern at every code unit, alone and beside a colon, hash or space", () => {
    const disagreements: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const value of [char, `a${char}`, `${char} `, `:${char}`, `${char}#`, ` ${char}`]) {
        if (unusualOrEscaped(value) !== EXACT.test(value))
          disagreements.push(JSON.stringify(value));
      }
    }
    expect(disagreements).toEqual([]);
  }, 60_000);

  it("agrees with the exact pattern on the corpus and on generated strings", () => {
    for (const value of CORPUS) expect(unusualOrEscaped(value)).toBe(EXACT.test(value));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join("")),
        (value) => {
          expect(unusualOrEscaped(value)).toBe(EXACT.test(value));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("passes URLs, times and hashtags without a space before them", () => {
    for (const value of ["https://a.example/b#c", "09:00", "C#", "a:b"]) {
      expect(unusualOrEscaped(value)).toBe(false);
    }
    for (const value of ["Note: b", "a #tag", 'say "hi"', "a\\b", "line\nbreak"]) {
      expect(unusualOrEscaped(value)).toBe(true);
    }
  });
});
