import { expect, test } from "vitest";
import { hasFootnote } from "./has-footnote.js";

test("finds unescaped footnote references", () => {
  expect(hasFootnote("A claim.[^1]")).toBe(true);
  expect(hasFootnote("[^note]: text")).toBe(true);
  expect(hasFootnote("escaped \\[^1]")).toBe(false);
  expect(hasFootnote("a [^] b")).toBe(false);
});
