import type { Tokens } from "marked";
import { expect, test } from "vitest";
import { rawLinkTarget, readLinkTarget } from "./link-target.js";
import { ReadContext } from "./read-context.js";

function target(markdown: string) {
  const context = new ReadContext();
  const [paragraph] = context.lex(markdown, 1);
  const link = (paragraph as Tokens.Paragraph).tokens[0] as Tokens.Link;
  return { raw: rawLinkTarget(link, context), read: readLinkTarget(link, context), context };
}

test("an inline link's destination and title as written, plain or in angle brackets", () => {
  expect(target('[a](https://x.org/a\\)b "T \\"q\\"")').raw).toEqual({
    destination: "https://x.org/a\\)b",
    title: 'T \\"q\\"',
  });
  expect(target("![a \\] b](<https://x.org/a b> (paren title))").raw).toEqual({
    destination: "https://x.org/a b",
    title: "paren title",
  });
  expect(target("[a](https://x.org/(b)c)").raw).toEqual({ destination: "https://x.org/(b)c" });
});

test("escapes and character references resolve in one pass", () => {
  expect(target('[a](https://x.org/?a=1\\&amp;b&amp;c "&quot;")').read).toEqual({
    href: "https://x.org/?a=1&amp;b&c",
    title: '"',
  });
});

test("a reference link's target is its definition's as written, which is then used", () => {
  for (const link of ["[text][Label]", "[Label][]", "[Label]", "[ LABEL  ]"]) {
    const { raw, context } = target(`${link}\n\n[label]: <https://x.org/a b> "T\\&amp;"`);
    expect(raw).toEqual({ destination: "https://x.org/a b", title: "T\\&amp;" });
    expect(context.definitions.get("label")?.used).toBe(true);
  }
  expect(target("[a\\]b]\n\n[a\\]b]: https://x.org").raw).toEqual({ destination: "https://x.org" });
});
