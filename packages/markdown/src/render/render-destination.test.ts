import { expect, test } from "vitest";
import { renderDestination } from "./render-destination.js";

test("CommonMark: escapes, and parentheses escaped unless balanced", () => {
  expect(renderDestination("https://e.x/a\\b`<c>[d]")).toBe("https://e.x/a\\\\b\\`\\<c\\>\\[d\\]");
  expect(renderDestination("https://e.x/a(b")).toBe("https://e.x/a\\(b");
  expect(renderDestination("https://e.x/?a&amp;b")).toBe("https://e.x/?a&amp;amp;b");
});

test("kramdown: no escapes; references for \\ | < > `, and for parentheses unless balanced", () => {
  expect(renderDestination("https://e.x/a\\b|c<d>", "kramdown")).toBe(
    "https://e.x/a&#92;b&#124;c&lt;d&gt;",
  );
  expect(renderDestination("https://e.x/a)b`[c](", "kramdown")).toBe(
    "https://e.x/a&#41;b&#96;[c]&#40;",
  );
  expect(renderDestination("https://e.x/a_(b)", "kramdown")).toBe("https://e.x/a_(b)");
});

test('Redcarpet: CommonMark escapes, with " < > and the backtick as references', () => {
  expect(renderDestination('https://e.x/"q"<x>`\\[', "redcarpet")).toBe(
    "https://e.x/&quot;q&quot;&lt;x&gt;&#96;\\\\\\[",
  );
});
