import type { Aside } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderAside } from "../render-body.js";

test("a fact box with a title, a paragraph and two lists", () => {
  const block: Aside = {
    type: "aside",
    title: "Key facts",
    content: [
      { type: "paragraph", content: [{ text: "In short:" }] },
      { type: "list", ordered: false, items: [[{ text: "One" }]] },
      { type: "list", ordered: false, items: [[{ text: "Two" }]] },
    ],
  };
  expect(renderAside(block)).toBe("> [!ASIDE] Key facts\n>\n> In short:\n>\n> - One\n>\n> * Two");
  expect(readBack(renderAside(block)).blocks).toEqual([block]);
});

test("a fact box without a title", () => {
  const block: Aside = {
    type: "aside",
    content: [{ type: "paragraph", content: [{ text: "[!ASIDE] inside" }] }],
  };
  expect(renderAside(block)).toBe("> [!ASIDE]\n>\n> \\[!ASIDE] inside");
  expect(readBack(renderAside(block)).blocks).toEqual([block]);
});
