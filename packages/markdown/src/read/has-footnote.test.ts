import fc from "fast-check";
import { expect, test } from "vitest";
import { hasFootnote } from "./read-inline.js";

test("finds unescaped footnote references", () => {
  expect(hasFootnote("A claim.[^1]")).toBe(true);
  expect(hasFootnote("[^note]: text")).toBe(true);
  expect(hasFootnote("escaped \\[^1]")).toBe(false);
  expect(hasFootnote("a [^] b")).toBe(false);
});

test("gives what a search for the first ] after each [^ gives", () => {
  const quadratic = (raw: string): boolean => {
    for (let index = 0; index < raw.length; index++) {
      if (raw[index] === "\\") index++;
      else if (raw[index] === "[" && raw[index + 1] === "^" && raw.indexOf("]", index) > index + 2)
        return true;
    }
    return false;
  };
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("[", "^", "]", "\\", "a") }), (raw) => {
      expect(hasFootnote(raw)).toBe(quadratic(raw));
    }),
  );
});
