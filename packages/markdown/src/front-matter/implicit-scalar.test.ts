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
          fc.stringMatching(/^[eE][-+0-9a-z.]{0,4}$/),
          fc.stringMatching(/^[0-9]{2}[-0-9_.:eE+tTZ \tx ab-fo]{0,12}$/),
          fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9:.]{0,8}[-+Z0-9:a-f]{0,6}$/),
        ),
        (value) => {
          expect(readAsNonText(value)).toBe(ALL.test(value));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("leaves hashes, ids and language tags to their start, and still sees dates", () => {
    const hash = "28647ded946cce3b2d250c9d62dca3fe1ccd1c20f02715f3d692c8820aa64ccf";
    for (const value of [hash, "2025 in review", "10 Downing Street", "en-GB", "E.ON"]) {
      expect(readAsNonText(value)).toBe(false);
    }
    for (const value of ["2025-08-03T09:00:00+03:00", "2025-08-03 09:00:00 Z", "12_345", "1e-5"]) {
      expect(readAsNonText(value)).toBe(true);
    }
  });

  it("sees the look-alikes and leaves prose alone", () => {
    for (const value of [
      "Off",
      "TRUE",
      "y",
      "0x1A",
      "-2",
      "+1",
      ".inf",
      "2024-08-06",
      ":sym",
      "e5",
    ]) {
      expect(readAsNonText(value)).toBe(true);
    }
    for (const value of ["Kyiv, Ukraine", "War in Ukraine", "Yesterday", "often", "é", "—", "en"]) {
      expect(readAsNonText(value)).toBe(false);
    }
  });
});
