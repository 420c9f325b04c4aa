import type { Article } from "@broadsheet/article";
import { expect, test } from "vitest";
import { exportWarnings } from "./export-warnings.js";

const article = {
  schemaVersion: 1,
  id: "w",
  slug: "w",
  headline: "Warnings",
  datePublished: "2025-05-01T09:00:00Z",
  body: [
    { type: "paragraph", content: [{ text: "Text." }] },
    { type: "image", src: "https://e.x/a.jpg", alt: "The club's boat" },
    { type: "image", src: "https://e.x/b.jpg", alt: "A *starred* alt" },
    { type: "table", header: [[{ text: "line\nbreak" }]], rows: [] },
  ],
} as Article;

test("Hugo: alt text that needs an escape, and a line break in a table cell", () => {
  expect(exportWarnings(article, { profile: "hugo" })).toEqual([
    {
      path: "body[2]",
      message:
        'the image https://e.x/b.jpg: Hugo 0.111 shows the alt text as "A \\\\*starred\\\\* alt"',
    },
    {
      path: "body[3]",
      message: "the table: a line break in a cell shows as a space (the platform shows no <br>)",
    },
  ]);
});

test("profiles whose platforms show every form: no warning", () => {
  for (const profile of ["broadsheet", "gfm", "jekyll", "astro", "eleventy", "devto"] as const) {
    expect(exportWarnings(article, { profile })).toEqual([]);
  }
  const hashnode = exportWarnings(article, { profile: "hashnode" });
  expect(hashnode.map((warning) => warning.path)).toEqual(["body[3]"]);
});

test("Jekyll and Astro: an article with no date will not be published", () => {
  const undated = { ...article, datePublished: undefined };
  for (const profile of ["jekyll", "astro"] as const) {
    expect(exportWarnings(undated, { profile }).map((warning) => warning.path)).toEqual([
      "datePublished",
    ]);
  }
  expect(
    exportWarnings({ ...undated, dateModified: "2025-05-02T09:00:00Z" }, { profile: "jekyll" }),
  ).toEqual([]);
  expect(exportWarnings(undated, { profile: "gfm" })).toEqual([]);
});
