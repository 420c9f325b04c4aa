import { expect, test } from "vitest";
import { splitFrontMatter } from "./split-front-matter.js";

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
