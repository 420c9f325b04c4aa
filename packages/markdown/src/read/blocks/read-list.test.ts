import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";

test("loose lists are read like tight ones; start is kept when not 1", () => {
  expect(readBack("3. one\n\n4. two").blocks).toEqual([
    { type: "list", ordered: true, start: 3, items: [[{ text: "one" }], [{ text: "two" }]] },
  ]);
  expect(readBack("* one\n* two").blocks).toEqual([
    { type: "list", ordered: false, items: [[{ text: "one" }], [{ text: "two" }]] },
  ]);
});

test("errors name the item's line", () => {
  expect(readBack("- one\n- two\n  - nested").errors).toEqual([
    expect.objectContaining({ line: 2, message: expect.stringMatching(/nested lists/) }),
  ]);
});
