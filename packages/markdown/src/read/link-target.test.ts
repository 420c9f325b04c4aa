import { expect, test } from "vitest";
import {
  decodeTarget,
  definitionTarget,
  normalizeLabel,
  referenceLabel,
  splitDestinationAndTitle,
} from "./link-target.js";

test("destination and title, plain or in angle brackets, before decoding", () => {
  expect(splitDestinationAndTitle('https://x.org/a\\)b "T \\"q\\""')).toEqual({
    destination: "https://x.org/a\\)b",
    title: 'T \\"q\\"',
  });
  expect(splitDestinationAndTitle("<https://x.org/a b> (paren title)")).toEqual({
    destination: "https://x.org/a b",
    title: "paren title",
  });
  expect(decodeTarget({ destination: "https://x.org/?a=1\\&amp;b&amp;c" })).toEqual({
    href: "https://x.org/?a=1&amp;b&c",
  });
});

test("reference labels and definitions", () => {
  expect(referenceLabel("[text][Label]")).toBe("Label");
  expect(referenceLabel("[Label][]")).toBe("Label");
  expect(referenceLabel("![Label]")).toBe("Label");
  expect(normalizeLabel("  Foo   BAR ")).toBe("foo bar");
  expect(definitionTarget('[a\\]b]: https://x.org "T"\n')).toEqual({
    destination: "https://x.org",
    title: "T",
  });
});
