import { slugify } from "@broadsheet/article";
import fc from "fast-check";
import { expect, test } from "vitest";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { keywordSlug } from "./tag-list.js";

const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
  fc.stringMatching(/^[A-Za-z0-9]{30,70}$/),
  fc.constantFrom("Ukraine", "North", "Korea", "PM2", "5", "NATO", "iPhone", "COVID19", "a"),
);

test("the slug of plain words is slugify's", () => {
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
      const keyword = words.join(" ");
      expect(keywordSlug(keyword)).toBe(slugify(keyword));
    }),
    { numRuns: 2000 },
  );
});

test("anything else is slugify's too", () => {
  const others = ["women’s sport", "São Paulo", "km²", " edge", "a  b", "a-b", "Kursk region", ""];
  for (const keyword of [...others, ...hostileStrings(...TEXT_GROUPS).map((entry) => entry.text)]) {
    expect(keywordSlug(keyword), keyword).toBe(slugify(keyword));
  }
});
