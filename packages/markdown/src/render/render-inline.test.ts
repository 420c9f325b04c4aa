import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { renderInline, renderText } from "./render-inline.js";

describe("renderInline: clean prose stays clean", () => {
  const prose = [
    "Nearly a year after the offensive began, officials said: “We will not stop.”",
    "Prices rose 2 * 3 per cent (about 6%) — or so they say; it's AT&T's call.",
    "The file is snake_case_name.csv, and a < b > c holds [sic] for 5 km.",
    "C:\\Users\\news is a path; #hashtags and 1.5 million aren't at a line start.",
    "Read more at the desk, then e-mail us. Wait... what? Yes!",
  ];
  for (const text of prose) {
    test(text, () => expect(renderText(text)).toBe(text));
  }

  test("words, spaces and prose punctuation never get a backslash", () => {
    const word = fc.constantFrom(
      "Kyiv",
      "the",
      "1,200",
      "per cent",
      "O’Brien",
      "e-mail",
      "U.S.",
      "20%",
      "€5",
      "a+b",
    );
    const glue = fc.constantFrom(
      " ",
      ", ",
      ". ",
      "; ",
      ": ",
      " — ",
      " – ",
      "… ",
      "? ",
      "! ",
      " (",
      ") ",
      " “",
      "” ",
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.flat().join("").trim();
        expect(renderText(text)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe("renderInline: escapes characters only where they would act", () => {
  const cases: [string, string][] = [
    ["*not em*", "\\*not em\\*"],
    ["_not em_", "\\_not em\\_"],
    ["`not code`", "\\`not code\\`"],
    ["~~not struck~~", "\\~\\~not struck\\~\\~"],
    ["a <b> tag", "a \\<b> tag"],
    ["&amp; stays", "\\&amp; stays"],
    ["an ![image](x)", "an \\![image\\](x)"],
    ["a [link](x)", "a [link\\](x)"],
    ["[x]: y", "\\[x]: y"],
    ["note[^1]", "note\\[^1]"],
    ["back\\*slash", "back\\\\*slash"],
    ["back\\*slash*", "back\\\\\\*slash\\*"],
    ["a lone ~, _x or *y has nothing to pair with", "a lone ~, _x or *y has nothing to pair with"],
    ["about ~5 km, terms apply*", "about ~5 km, terms apply*"],
    ["x<y, <3, <5% and a trailing <div", "x<y, <3, <5% and a trailing <div"],
    ["<div> at the start", "\\<div> at the start"],
    ["<http://x.org> and <a@b.org>", "\\<http\\://x.org> and \\<a\\@b.org>"],
    ["<9am@x.org> and <+1@x.org>", "\\<9am\\@x.org> and \\<+1\\@x.org>"],
    ["ends with \\", "ends with \\\\"],
    ["see http://x.org or www.x.org or a@b.org", "see http\\://x.org or www\\.x.org or a\\@b.org"],
  ];
  for (const [text, markdown] of cases) {
    test(JSON.stringify(text), () => expect(renderText(text)).toBe(markdown));
  }
});

describe("renderInline: line starts", () => {
  const cases: [string, string][] = [
    ["# not a heading", "\\# not a heading"],
    ["> not a quote", "\\> not a quote"],
    ["- not a list", "\\- not a list"],
    ["+ not a list", "\\+ not a list"],
    ["* not a list", "\\* not a list"],
    ["1. not a list", "1\\. not a list"],
    ["2024) not a list", "2024\\) not a list"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["~~~", "\\~\\~\\~"],
    ["    indented", "&#32;   indented"],
    ["-:|", "\\-:|"],
    ["one\n# two", "one\\\n\\# two"],
    ["trailing space ", "trailing space&#32;"],
    ["ends in a break\n", "ends in a break&#10;"],
  ];
  for (const [text, markdown] of cases) {
    test(JSON.stringify(text), () => expect(renderText(text)).toBe(markdown));
  }

  test("inside a heading, a trailing # run and line breaks are escaped", () => {
    expect(renderText("Issue #", { lineStart: false, heading: true, breaks: "entity" })).toBe(
      "Issue \\#",
    );
    expect(renderText("C#", { lineStart: false, heading: true })).toBe("C#");
    expect(renderText("a\nb", { lineStart: false, breaks: "entity" })).toBe("a&#10;b");
  });

  test("inside a table cell every pipe is escaped, in code too", () => {
    expect(
      renderInline([{ text: "a|b" }, { text: "c|d", marks: ["code"] }], {
        lineStart: false,
        pipes: true,
      }),
    ).toBe("a\\|b`c\\|d`");
  });
});

describe("renderInline: marks", () => {
  const cases: [Parameters<typeof renderInline>[0], string][] = [
    [[{ text: "em", marks: ["em"] }], "*em*"],
    [[{ text: "strong", marks: ["strong"] }], "**strong**"],
    [[{ text: "both", marks: ["em", "strong"] }], "**_both_**"],
    [
      [
        { text: "a ", marks: ["strong"] },
        { text: "b", marks: ["em", "strong"] },
      ],
      "**a _b_**",
    ],
    [[{ text: "x", marks: ["code"] }], "`x`"],
    [[{ text: "a`b", marks: ["code"] }], "``a`b``"],
    [[{ text: "`", marks: ["code"] }], "`` ` ``"],
    [[{ text: "gone", marks: ["strike"] }], "~~gone~~"],
    [[{ text: "H" }, { text: "2", marks: ["sub"] }, { text: "O" }], "H<sub>2</sub>O"],
    [[{ text: "x" }, { text: "2", marks: ["sup"] }], "x<sup>2</sup>"],
    [[{ text: "site", href: "https://x.org/a_(b)" }], "[site](https://x.org/a_(b))"],
    [[{ text: "odd", href: "https://x.org/a)" }], "[odd](https://x.org/a\\))"],
    [
      [{ text: "bold link", href: "https://x.org", marks: ["strong"] }],
      "[**bold link**](https://x.org)",
    ],
    [[{ text: "line\nbreak" }], "line\\\nbreak"],
    [
      [{ text: "un" }, { text: "frigging", marks: ["em"] }, { text: "believable" }],
      "un*frigging*believable",
    ],
    [[{ text: " spaced ", marks: ["em"] }], "*&#32;spaced&#32;*"],
    [
      [
        { text: "a!", marks: ["strong"] },
        { text: "b", marks: ["strike"] },
      ],
      "<strong>a!</strong>~~b~~",
    ],
  ];
  for (const [content, markdown] of cases) {
    test(markdown, () => expect(renderInline(content)).toBe(markdown));
  }
});
