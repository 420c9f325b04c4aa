import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { hasActiveLinkText, hasActiveText } from "./active-text.js";

const ACTIVE_AS_CLASS = /[*_~`[\]<&!@\\]|[^\S ]|w(?=ww\.)|:(?=\/\/)/;
const ACTIVE_IN_LINK_AS_CLASS = /[*_~`[\]<&!\\]|[^\S ]/;

const HOSTILE = hostileStrings(...TEXT_GROUPS).map((entry) => entry.text);

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(..."abcw éß日 ,.:/'’^—0😀") },
  { weight: 2, arbitrary: fc.constantFrom(..."*_~`[]<>&!@\\^\n\t\u00a0\u2028\u3000\ufeff") },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE, "www.", "ww.", "://", ":/", "//") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 3 }) },
);

const text = fc.array(word, { maxLength: 16 }).map((words) => words.join(""));

function agreesWithClasses(sample: string): void {
  expect(hasActiveText(sample), JSON.stringify(sample)).toBe(ACTIVE_AS_CLASS.test(sample));
  expect(hasActiveLinkText(sample), JSON.stringify(sample)).toBe(
    ACTIVE_IN_LINK_AS_CLASS.test(sample),
  );
}

describe("hasActiveText and hasActiveLinkText", () => {
  it("agree with the class forms at every code unit, alone, after a letter and before `ww.`, `//`", () => {
    const disagreements: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const sample of [char, `a${char}`, `${char}ww.`, `x${char}//`, `a^${char}`]) {
        if (
          hasActiveText(sample) !== ACTIVE_AS_CLASS.test(sample) ||
          hasActiveLinkText(sample) !== ACTIVE_IN_LINK_AS_CLASS.test(sample)
        ) {
          disagreements.push(JSON.stringify(sample));
        }
      }
    }
    expect(disagreements).toEqual([]);
  }, 60_000);

  it("agree with the class forms on generated text and the hostile corpus", () => {
    for (const sample of HOSTILE) agreesWithClasses(sample);
    fc.assert(fc.property(text, agreesWithClasses), { numRuns: 10_000 });
  });

  it("tell a caret alone from active text", () => {
    expect(hasActiveText("2^10 is 1024")).toBe(false);
    expect(hasActiveLinkText("x^2")).toBe(false);
    expect(hasActiveText("2^10 *is* 1024")).toBe(true);
    expect(hasActiveLinkText("a@b ^")).toBe(false);
  });
});
