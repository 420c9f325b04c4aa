import { expect, test } from "vitest";
import { readFrontMatter } from "./read-front-matter.js";

test("fields are read with YAML 1.2 (dates stay text) and located by path", () => {
  const front = readFrontMatter(
    "id: a\ndatePublished: 2024-08-06\nauthor:\n  - name: Ann\n    url: x\n",
    2,
  );
  if (Array.isArray(front)) throw new Error("expected fields");
  expect(front.data).toEqual({
    id: "a",
    datePublished: "2024-08-06",
    author: [{ name: "Ann", url: "x" }],
  });
  expect(front.locate(["datePublished"])).toBe(3);
  expect(front.locate(["author", 0, "url"])).toBe(6);
  expect(front.locate(["author", 3, "url"])).toBe(4);
  expect(front.locate(["missing"])).toBeUndefined();
});

test("syntax errors, duplicate keys and alias bombs are errors with lines", () => {
  expect(readFrontMatter("id: a\nid: b\n", 2)).toEqual([expect.objectContaining({ line: 3 })]);
  expect(readFrontMatter("a: [1,\n", 2)).toEqual([
    expect.objectContaining({ message: expect.stringMatching(/^front matter: /) }),
  ]);
  const bomb = `a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
  expect(readFrontMatter(bomb, 2)).toEqual([expect.objectContaining({ line: 2 })]);
});
