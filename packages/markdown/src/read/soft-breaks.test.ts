import fc from "fast-check";
import { expect, test } from "vitest";
import { blankEnd, blankStart, softBreaksAsSpaces } from "./soft-breaks.js";

const text = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "a", "\\"), maxLength: 40 });

test("soft breaks give what the regular expression gives", () => {
  fc.assert(
    fc.property(text, (raw) => {
      expect(softBreaksAsSpaces(raw)).toBe(raw.replace(/[ \t]*\n[ \t]*/g, " "));
    }),
  );
});

test("edge blanks give what the anchored regular expressions give", () => {
  fc.assert(
    fc.property(text, (raw) => {
      expect(raw.slice(blankEnd(raw, 0, raw.length))).toBe(raw.replace(/^[ \t\n]+/, ""));
      expect(raw.slice(0, blankStart(raw, 0, raw.length))).toBe(raw.replace(/[ \t\n]+$/, ""));
    }),
  );
});
