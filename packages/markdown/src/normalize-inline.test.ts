import { expect, test } from "vitest";
import { normalizeInline } from "./normalize-inline.js";

test("merges equal neighbours, orders marks, drops empty spans and mark lists", () => {
  expect(
    normalizeInline([
      { text: "a", marks: [] },
      { text: "b" },
      { text: "", marks: ["em"] },
      { text: "c", marks: ["strong", "em"] },
      { text: "d", marks: ["em", "strong"] },
      { text: "e", marks: ["em", "strong"], href: "https://x.org" },
    ]),
  ).toEqual([
    { text: "ab" },
    { text: "cd", marks: ["em", "strong"] },
    { text: "e", marks: ["em", "strong"], href: "https://x.org" },
  ]);
});
