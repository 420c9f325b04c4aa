import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";

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

test("errors in a row name the row's line", () => {
  expect(readBack("| a |\n| - |\n| ok |\n| <span>x</span> |").errors).toEqual([
    expect.objectContaining({ line: 4 }),
    expect.objectContaining({ line: 4 }),
  ]);
});
