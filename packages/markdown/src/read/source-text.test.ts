import fc from "fast-check";
import { expect, test } from "vitest";
import { softBreaksAsSpaces } from "./read-inline.js";
import { countLines, tailStart } from "./source-text.js";

const text = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "a", "\\"), maxLength: 40 });

test("soft breaks give what the regular expression gives", () => {
  fc.assert(
    fc.property(text, (raw) => {
      expect(softBreaksAsSpaces(raw)).toBe(raw.replace(/[ \t]*\n[ \t]*/g, " "));
    }),
  );
});

test("a tail and the line count give what the regular expressions give", () => {
  fc.assert(
    fc.property(text, (raw) => {
      expect(raw.slice(0, tailStart(raw, " \t\n"))).toBe(raw.replace(/[ \t\n]+$/, ""));
      expect(raw.slice(0, tailStart(raw, "a\\"))).toBe(raw.replace(/[a\\]+$/, ""));
      expect(countLines(raw)).toBe(raw.match(/\n/g)?.length ?? 0);
    }),
  );
});
