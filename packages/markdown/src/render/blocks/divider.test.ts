import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderBlock } from "../render-body.js";

test("a divider is a thematic break after a blank line", () => {
  expect(renderBlock({ type: "divider" }, {})).toBe("---");
  expect(readBack(`Text.\n\n${renderBlock({ type: "divider" }, {})}\n\nMore.`).blocks[1]).toEqual({
    type: "divider",
  });
});
