import { expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import {
  MAX_BODY_LINES,
  MAX_BREAKS_PER_WORD,
  MAX_EMPHASIS_DELIMITER_RUNS,
  MAX_FRONT_MATTER_KEYS,
  MAX_INLINE_MARKUP,
  MAX_NESTING_DEPTH,
} from "./limits.js";

const HEAD = '---\nheadline: "Limits"\ndatePublished: "2025-09-14T08:00:00+02:00"\n---\n\n';

function errorsOf(text: string): { line: number; message: string }[] {
  const result = fromMarkdown(text);
  return result.ok ? [] : result.errors.map(({ line, message }) => ({ line, message }));
}

test("more front matter keys than the limit is one error at the first key over it", () => {
  const keys = Array.from({ length: MAX_FRONT_MATTER_KEYS }, (_, index) => `k${index}: 1`);
  expect(errorsOf(`---\nheadline: "x"\n${keys.join("\n")}\n---\n\nText.\n`)).toEqual([
    { line: 2 + MAX_FRONT_MATTER_KEYS, message: expect.stringMatching(/more than 1,000 keys/) },
  ]);
  const flow = `{${keys.join(", ")}}`;
  expect(errorsOf(`---\nheadline: "x"\nextra: ${flow}\n---\n\nText.\n`)).toEqual([
    { line: 3, message: expect.stringMatching(/keys and entries/) },
  ]);
});

test("a body over the line limit is one error", () => {
  expect(errorsOf(`${HEAD}${"p\n".repeat(MAX_BODY_LINES)}`)).toEqual([
    { line: 5 + MAX_BODY_LINES, message: expect.stringMatching(/lines, over the 20,000/) },
  ]);
});

test("nesting deeper than the limit is one error at its line; thematic breaks are not nesting", () => {
  const deep = `${"- ".repeat(MAX_NESTING_DEPTH + 1)}x`;
  expect(errorsOf(`${HEAD}Text.\n\n${deep}\n`)).toEqual([
    { line: 8, message: expect.stringMatching(/nested 9 deep/) },
  ]);
  expect(errorsOf(`${HEAD}> ${"> ".repeat(MAX_NESTING_DEPTH)}x\n`)).toEqual([
    { line: 6, message: expect.stringMatching(/nested 9 deep/) },
  ]);
  expect(errorsOf(`${HEAD}Text.\n\n${"- ".repeat(100)}\n`)).toEqual([]);
});

test("emphasis runs over the limit in one paragraph are an error at its line", () => {
  const runs = (count: number) => "*a ".repeat(count);
  expect(errorsOf(`${HEAD}${runs(MAX_EMPHASIS_DELIMITER_RUNS)}\n`)).toEqual([]);
  expect(errorsOf(`${HEAD}Text.\n\n${runs(MAX_EMPHASIS_DELIMITER_RUNS + 1)}\n`)).toEqual([
    { line: 8, message: expect.stringMatching(/has 201 runs of \* _ ~/) },
  ]);
  expect(errorsOf(`${HEAD}${"\\*a ".repeat(1000)}\n`)).toEqual([]);
});

test("a word with more breaks than the limit is an error; escaping breaks the word", () => {
  expect(errorsOf(`${HEAD}${"!a".repeat(MAX_BREAKS_PER_WORD)}\n`)).toEqual([]);
  expect(errorsOf(`${HEAD}- ${"http".repeat(MAX_BREAKS_PER_WORD + 1)}\n`)).toEqual([
    { line: 6, message: expect.stringMatching(/a word with more than 64/) },
  ]);
  expect(errorsOf(`${HEAD}${"a\\!".repeat(1000)}\n`)).toEqual([]);
});

test("more inline markup than the limit is one error at the line it passes the limit", () => {
  const line = "`a` ".repeat(1000);
  const lines = Math.ceil(MAX_INLINE_MARKUP / 2000) + 1;
  expect(errorsOf(`${HEAD}${`${line}\n\n`.repeat(lines)}`)).toEqual([
    { line: 6 + 2 * (lines - 1), message: expect.stringMatching(/more than 100,000 links/) },
  ]);
});

test("long runs of spaces are read as they are written", () => {
  const result = fromMarkdown(`${HEAD}a${" ".repeat(10_000)}b\nc${"\t".repeat(9)}\n`);
  expect(result.ok && result.article.body).toEqual([
    { type: "paragraph", content: [{ text: `a${" ".repeat(10_000)}b c` }] },
  ]);
  const aside = fromMarkdown(`${HEAD}> [!ASIDE] Key facts${" ".repeat(10_000)}\n> Text.\n`);
  expect(aside.ok && aside.article.body).toEqual([
    {
      type: "aside",
      title: "Key facts",
      content: [{ type: "paragraph", content: [{ text: "Text." }] }],
    },
  ]);
});
