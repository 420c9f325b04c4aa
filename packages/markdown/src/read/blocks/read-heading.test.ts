import { expect, test } from "vitest";
import { readBody } from "../read-body.js";

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
