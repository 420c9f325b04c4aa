import type { List } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderList } from "./list.js";

test("bulleted and numbered lists, tight", () => {
  const bullets: List = {
    type: "list",
    ordered: false,
    items: [[{ text: "One" }], [{ text: "Two" }]],
  };
  expect(renderList(bullets, {})).toBe("- One\n- Two");
  const numbers: List = {
    type: "list",
    ordered: true,
    start: 9,
    items: [[{ text: "Nine" }], [{ text: "Ten\nmore" }]],
  };
  expect(renderList(numbers, {})).toBe("9. Nine\n10. Ten\\\n    more");
  expect(readBack(renderList(numbers, {})).blocks).toEqual([numbers]);
});

test("a list after a list of the same kind uses the other marker", () => {
  const list: List = { type: "list", ordered: false, items: [[{ text: "a" }]] };
  const ordered: List = { type: "list", ordered: true, items: [[{ text: "b" }]] };
  expect(renderList(list, { alternate: true })).toBe("* a");
  expect(renderList(ordered, { alternate: true })).toBe("1) b");
  expect(readBack(`- a\n\n* a\n\n- a`).blocks).toEqual([list, list, list]);
});

test("an item that looks like a task or a nested list is escaped", () => {
  const list: List = {
    type: "list",
    ordered: false,
    items: [[{ text: "[ ] not a task" }], [{ text: "- x" }]],
  };
  expect(renderList(list, {})).toBe("- \\[ ] not a task\n- \\- x");
  expect(readBack(renderList(list, {})).blocks).toEqual([list]);
});
