import { expect, test } from "vitest";
import { ReadContext } from "./read-context.js";
import { readInline } from "./read-inline.js";

function read(source: string) {
  const context = new ReadContext();
  context.lex("", 1);
  return { spans: readInline(context.lexInline(source), 1, context), errors: context.errors };
}

test("nested emphasis, strong, strikethrough, tags and links flatten into spans with combined marks", () => {
  expect(
    read("a ***b*** [c *d*](https://x.org) ~e~ <sup>f<sub>g</sub></sup> `h` <em>i</em>").spans,
  ).toEqual([
    { text: "a " },
    { text: "b", marks: ["em", "strong"] },
    { text: " " },
    { text: "c ", href: "https://x.org" },
    { text: "d", marks: ["em"], href: "https://x.org" },
    { text: " " },
    { text: "e", marks: ["strike"] },
    { text: " " },
    { text: "f", marks: ["sup"] },
    { text: "g", marks: ["sub", "sup"] },
    { text: " " },
    { text: "h", marks: ["code"] },
    { text: " " },
    { text: "i", marks: ["em"] },
  ]);
});

test("adjacent spans with the same marks merge; escapes and references resolve", () => {
  expect(read("*a*\\**b* &amp; \\&amp; &#42;").spans).toEqual([
    { text: "a", marks: ["em"] },
    { text: "*" },
    { text: "b", marks: ["em"] },
    { text: " & &amp; *" },
  ]);
  expect(read("*a*<em>b</em>").spans).toEqual([{ text: "ab", marks: ["em"] }]);
});

test("soft breaks are spaces, hard breaks are newlines, edges are trimmed", () => {
  expect(read("  one \n   two\\\nthree  \nfour   ").spans).toEqual([
    { text: "one two\nthree\nfour" },
  ]);
});

test("autolinks keep their text literally; bare URLs and e-mail addresses link (GFM)", () => {
  expect(read("<https://x.org/&amp;> www.x.org a@b.org").spans).toEqual([
    { text: "https://x.org/&amp;", href: "https://x.org/&amp;" },
    { text: " " },
    { text: "www.x.org", href: "http://www.x.org" },
    { text: " " },
    { text: "a@b.org", href: "mailto:a@b.org" },
  ]);
});

test("tags must close in the same run of text", () => {
  expect(read("a</sub> <sub>b").errors.map((error) => error.message)).toEqual([
    expect.stringMatching(/<\/sub> closes nothing/),
    expect.stringMatching(/<sub> is never closed/),
  ]);
});
