import { parseArticle } from "@broadsheet/article";
import { timeRatio } from "@broadsheet/article/testing";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PROFILE_NAMES, type ProfileName } from "./profiles/index.js";
import {
  PATHOLOGICAL_ALPHABET,
  PATHOLOGICAL_PLACES,
  PATHOLOGICAL_UNITS,
  type PathologicalPlace,
  pathologicalArticle,
  repeatTo,
} from "./test-pathological-shapes.js";
import { toMarkdown } from "./to-markdown.js";

/** 4x the input: linear work takes about 4x the time, quadratic 16x. */
const FACTOR = 4;
const LIMIT = 10;

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PATHOLOGICAL_UNITS) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...PATHOLOGICAL_ALPHABET), { minLength: 1, maxLength: 3 })
      .map((chars) => chars.join("")),
  },
);
const place = fc.constantFrom(...(Object.keys(PATHOLOGICAL_PLACES) as PathologicalPlace[]));
const profile = fc.constantFrom(...PROFILE_NAMES);

function exportRatio(shape: { unit: string; place: PathologicalPlace; profile: ProfileName }) {
  return timeRatio(
    (size) => pathologicalArticle(shape.place, repeatTo(shape.unit, size)),
    (article) => toMarkdown(article, { profile: shape.profile }),
    { start: 2000, maxSize: 16_000, minimumMs: 15, factor: FACTOR, limit: LIMIT },
  );
}

/** Shapes that were quadratic once, always tried first. */
const KNOWN: [string, PathologicalPlace, ProfileName][] = [
  ["- ", "paragraph start", "broadsheet"],
  ["- ", "list items", "gfm"],
  ["\\", "table cells and caption", "hugo"],
  [" ", "image alt, caption and credit", "gfm"],
  ["^ ", "paragraph middle", "jekyll"],
  ["^", "quote", "jekyll"],
  [" a ", "many marked spans", "broadsheet"],
];

describe("toMarkdown runs in time linear in the input", () => {
  test(`4x a pathological run takes less than ${LIMIT}x the time, in every place and profile`, () => {
    fc.assert(
      fc.property(unit, place, profile, (unit, place, profile) => {
        expect(parseArticle(pathologicalArticle(place, repeatTo(unit, 50))).ok).toBe(true);
        const { size, ratio } = exportRatio({ unit, place, profile });
        expect(
          ratio,
          `${JSON.stringify(unit)} in ${place}, ${profile}: ${size} -> ${FACTOR * size} characters`,
        ).toBeLessThan(LIMIT);
      }),
      { numRuns: 40, examples: KNOWN },
    );
  }, 120_000);

  test("dev.to: a run of 300,000 template braces is written, without running out of stack", () => {
    for (const run of ["{", "{%"]) {
      const article = pathologicalArticle("paragraph middle", repeatTo(run, 300_000));
      expect(() => toMarkdown(article, { profile: "devto" }), run).not.toThrow();
    }
  });
});
