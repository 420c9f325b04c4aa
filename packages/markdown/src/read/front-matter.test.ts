import { expect, test } from "vitest";
import { readFrontMatter, splitFrontMatter } from "./front-matter.js";

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

test("front matter between --- lines, the body after it with its first line", () => {
  expect(splitFrontMatter("---\na: 1\nb: 2\n---\n\nBody\n")).toEqual({
    frontMatter: { text: "a: 1\nb: 2", line: 2 },
    body: "\nBody\n",
    bodyLine: 5,
  });
  expect(splitFrontMatter("---\na: 1\n...\nBody")).toMatchObject({ body: "Body", bodyLine: 4 });
  expect(splitFrontMatter("No front matter\n")).toEqual({ body: "No front matter\n", bodyLine: 1 });
  expect(splitFrontMatter("---\na: 1\n")).toEqual({
    line: 1,
    message: expect.stringMatching(/never closed/),
  });
});
