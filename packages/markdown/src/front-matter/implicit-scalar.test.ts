import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings } from "../test-hostile-strings.js";
import { anyOf } from "./any-of.js";
import { IMPLICIT_PATTERNS, readAsNonText } from "./implicit-scalar.js";

const ALL = anyOf(IMPLICIT_PATTERNS);

const CORPUS = hostileStrings(
  "yaml-breakers",
  "unicode",
  "prose",
  "block-starters",
  "inline-syntax",
).map((entry) => entry.text);

describe("readAsNonText", () => {
  it("is true for every string each YAML pattern matches", () => {
    for (const pattern of IMPLICIT_PATTERNS) {
      fc.assert(
        fc.property(fc.stringMatching(pattern), (value) => {
          expect(readAsNonText(value)).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("agrees with testing every pattern, on the hostile corpus and on any string", () => {
    for (const value of CORPUS) expect(readAsNonText(value)).toBe(ALL.test(value));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.string({ unit: "binary", maxLength: 4 }),
          fc.constantFrom("yes", "No", "~", "null", "<<", "=", ":a", "12:30", "2024-08-06", ".5"),
          fc.constantFrom("Nothing", "FALSE!", "falsey", "Offset", "e5e", "E+12", "en", "e"),
        ),
        (value) => {
          expect(readAsNonText(value)).toBe(ALL.test(value));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("sees the look-alikes and leaves prose alone", () => {
    for (const value of ["Off", "TRUE", "y", "0x1A", "-2", "+1", ".inf", "2024-08-06", ":sym"]) {
      expect(readAsNonText(value)).toBe(true);
    }
    for (const value of ["Kyiv, Ukraine", "War in Ukraine", "Yesterday", "often", "é", "—"]) {
      expect(readAsNonText(value)).toBe(false);
    }
  });
});
