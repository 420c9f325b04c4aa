import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";

test("code blocks and HTML blocks are reported, not dropped", () => {
  expect(
    readBack("```\ncode\n```\n\n<div>x</div>\n\n<!-- c -->").errors.map((error) => error.line),
  ).toEqual([1, 5, 7]);
});
