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
  const place = { alternate: true, followed: false };
  expect(renderList(list, { list: place })).toBe("* a");
  expect(renderList(ordered, { list: place })).toBe("1) b");
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

test("kramdown: a list ends with an attribute list where it starts elsewhere or another follows", () => {
  const list: List = {
    type: "list",
    ordered: true,
    start: 4,
    items: [[{ text: "a" }], [{ text: "b" }]],
  };
  const followed = { alternate: false, followed: true };
  expect(renderList(list, { family: "kramdown" })).toBe('4. a\n5. b\n{: start="4"}');
  const bullets: List = { type: "list", ordered: false, items: [[{ text: "a" }]] };
  expect(renderList(bullets, { family: "kramdown", list: followed })).toBe("- a\n{: }");
  expect(
    renderList(bullets, { family: "kramdown", list: { alternate: true, followed: false } }),
  ).toBe("- a");
});

test("Redcarpet: a list starting elsewhere is an <ol start>; one another follows ends in a comment", () => {
  const list: List = {
    type: "list",
    ordered: true,
    start: 0,
    items: [
      [{ text: "a <b> & " }, { text: "c", marks: ["em", "code"], href: "https://e.x/?a=1&b" }],
      [{ text: "{{ x }}" }],
    ],
  };
  expect(renderList(list, { family: "redcarpet" })).toBe(
    '<ol start="0">\n<li>a &lt;b&gt; &amp; <a href="https://e.x/?a=1&amp;b"><em><code>c</code></em></a></li>\n<li>{% raw %}{{{% endraw %} x }}</li>\n</ol>',
  );
  const bullets: List = { type: "list", ordered: false, items: [[{ text: "a" }]] };
  const followed = { alternate: true, followed: true };
  expect(renderList(bullets, { family: "redcarpet", list: followed })).toBe("- a\n\n<!---->");
});
