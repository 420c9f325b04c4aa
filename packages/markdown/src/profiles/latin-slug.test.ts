import { slugify } from "@broadsheet/article";
import fc from "fast-check";
import { expect, test } from "vitest";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { latinSlug } from "./tag-list.js";

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(..." .,/-'’^`&_:;!?()+\\\t\n–—‐ \u00a0", "'s", "’t", "'S", "’ts"),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ..."öÖéÈçñåÅøßæœłðþıİǅﬁ²ªº½ⅣḀ",
      "o\u0308",
      "A\u0301\u0323",
      "e\u20d0",
      " \u0301",
      "\u0308",
      "ǖ",
      "ẞ",
      "🦄",
      "♥",
      "Ελλάδα",
      "Київ",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: "binary" }) },
);

const keyword = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));

test("latinSlug is slugify's slug wherever it gives one", () => {
  let given = 0;
  fc.assert(
    fc.property(keyword, (text) => {
      const slug = latinSlug(text);
      if (slug !== undefined) {
        given++;
        expect(slug).toBe(slugify(text));
      }
    }),
    { numRuns: 6000 },
  );
  expect(given).toBeGreaterThan(1000);
});

test("latinSlug takes the archive's Latin keywords, and agrees on the hostile corpus", () => {
  for (const text of ["Berlin-Neukölln", "women’s sport", "PM2.5", "São Paulo", "Conway's Law"]) {
    expect(latinSlug(text), text).toBe(slugify(text));
  }
  for (const { text } of hostileStrings(...TEXT_GROUPS)) {
    const slug = latinSlug(text);
    if (slug !== undefined) expect(slug, text).toBe(slugify(text));
  }
});
