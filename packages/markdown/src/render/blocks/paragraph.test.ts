import type { Paragraph } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderParagraph } from "../render-body.js";

test("a paragraph is its inline content", () => {
  const block: Paragraph = {
    type: "paragraph",
    content: [{ text: "Nearly a " }, { text: "year", marks: ["em"] }],
  };
  expect(renderParagraph(block, {})).toBe("Nearly a *year*");
  expect(readBack(renderParagraph(block, {})).blocks).toEqual([block]);
});

test("after a table, a paragraph starting `Table: ` is escaped so it is not the caption", () => {
  const block: Paragraph = { type: "paragraph", content: [{ text: "Table: not a caption" }] };
  const table = "| a |\n| --- |";
  const out = renderParagraph(block, {
    previous: { type: "table", header: [[{ text: "a" }]], rows: [] },
  });
  expect(out).toBe("Table\\: not a caption");
  expect(readBack(`${table}\n\n${out}`).blocks[1]).toEqual(block);
});
