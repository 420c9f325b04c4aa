import type { Blockquote } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderBlockquote } from "../render-body.js";

test("a block quote with an attribution", () => {
  const block: Blockquote = {
    type: "blockquote",
    style: "block",
    paragraphs: [[{ text: "First." }], [{ text: "Second." }]],
    attribution: "Volodymyr Zelenskyy",
  };
  expect(renderBlockquote(block)).toBe("> First.\n>\n> Second.\n>\n> — Volodymyr Zelenskyy");
  expect(readBack(renderBlockquote(block)).blocks).toEqual([block]);
});

test("a pull quote starts with the [!PULLQUOTE] marker", () => {
  const block: Blockquote = {
    type: "blockquote",
    style: "pull",
    paragraphs: [[{ text: "We will not stop." }]],
  };
  expect(renderBlockquote(block)).toBe("> [!PULLQUOTE]\n>\n> We will not stop.");
  expect(readBack(renderBlockquote(block)).blocks).toEqual([block]);
});

test("a last paragraph that starts with a dash is not taken for the attribution", () => {
  const block: Blockquote = {
    type: "blockquote",
    style: "block",
    paragraphs: [[{ text: "A" }], [{ text: "— B" }]],
  };
  expect(renderBlockquote(block)).toBe("> A\n>\n> &mdash; B");
  expect(readBack(renderBlockquote(block)).blocks).toEqual([block]);
});
