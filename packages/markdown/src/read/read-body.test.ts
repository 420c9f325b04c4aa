import { expect, test } from "vitest";
import { readBack } from "../test-read-back.js";
import { readBody } from "./read-body.js";

test("code blocks, HTML blocks and comments are reported with their lines, not dropped", () => {
  expect(
    readBack("```\ncode\n```\n\n<div>x</div>\n\n<!-- c -->").errors.map((error) => error.line),
  ).toEqual([1, 5, 7]);
});

test("alignment is kept only when some column has one", () => {
  expect(readBack("| a | b |\n| - | - |\n| 1 | 2 |").blocks).toEqual([
    {
      type: "table",
      header: [[{ text: "a" }], [{ text: "b" }]],
      rows: [[[{ text: "1" }], [{ text: "2" }]]],
    },
  ]);
  expect(readBack("| a | b |\n| :-: | - |").blocks).toEqual([
    {
      type: "table",
      header: [[{ text: "a" }], [{ text: "b" }]],
      align: ["center", null],
      rows: [],
    },
  ]);
});

test("errors in a table row name the row's line", () => {
  expect(readBack("| a |\n| - |\n| ok |\n| <span>x</span> |").errors).toEqual([
    expect.objectContaining({ line: 4 }),
    expect.objectContaining({ line: 4 }),
  ]);
});

test("a leading # line is the headline, not a block", () => {
  const body = readBody("# The headline\n\n## Sub\n\nText.", 3);
  expect(body.headline).toEqual({ text: "The headline", line: 3 });
  expect(body.blocks.map((placed) => [placed.block.type, placed.line])).toEqual([
    ["heading", 5],
    ["paragraph", 7],
  ]);
});

test("closing # sequences are not part of the text", () => {
  expect(readBody("### Sub ###", 1).blocks[0]?.block).toEqual({
    type: "heading",
    level: 3,
    content: [{ text: "Sub" }],
  });
});
