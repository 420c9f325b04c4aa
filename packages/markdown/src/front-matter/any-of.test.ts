import { expect, test } from "vitest";
import { anyOf } from "./any-of.js";

test("matches wherever one of the patterns matches, anchored or not", () => {
  const anchored = anyOf([/^a$/, /^(?:b|c)d/, /^[|]x/]);
  expect(anchored.source.startsWith("^(?:")).toBe(true);
  for (const [text, match] of [
    ["a", true],
    ["bd!", true],
    ["cd", true],
    ["|x", true],
    ["xa", false],
    ["a\n", false],
    [" bd", false],
  ] as const) {
    expect(anchored.test(text), text).toBe(match);
  }
  const loose = anyOf([/^a|b/, /^c/]);
  expect(loose.test("xb")).toBe(true);
  expect(loose.test("xc")).toBe(false);
  const escaped = anyOf([/^\|a/, /^\(|z/]);
  expect(escaped.test("yz")).toBe(true);
});
