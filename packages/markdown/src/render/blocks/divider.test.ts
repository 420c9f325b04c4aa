import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderDivider } from "./divider.js";

test("a divider is a thematic break after a blank line", () => {
  expect(renderDivider()).toBe("---");
  expect(readBack(`Text.\n\n${renderDivider()}\n\nMore.`).blocks[1]).toEqual({ type: "divider" });
});
