import { expect, test } from "vitest";
import { applyDefaults } from "./apply-defaults.js";

test("schemaVersion, headline, slug and id are filled in", () => {
  expect(applyDefaults({}, { text: "São Paulo’s mayor", line: 1 })).toEqual({
    document: {
      schemaVersion: 1,
      headline: "São Paulo’s mayor",
      slug: "sao-paulos-mayor",
      id: "sao-paulos-mayor",
    },
    errors: [],
  });
  expect(applyDefaults({ headline: "A", slug: "s" }, undefined).document).toEqual({
    schemaVersion: 1,
    headline: "A",
    slug: "s",
    id: "s",
  });
});

test("a long headline gives a slug cut at a hyphen within 200 characters; no Latin gives none", () => {
  const slug = applyDefaults({ headline: "word ".repeat(80) }, undefined).document.slug as string;
  expect(slug.length).toBeLessThanOrEqual(200);
  expect(slug.endsWith("word")).toBe(true);
  expect(applyDefaults({ headline: "—" }, undefined).document.slug).toBeUndefined();
});
