import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import type { MarkdownError } from "./markdown-result.js";
import { BODY_LINE, withFront } from "./test-markdown.js";

function errorsOf(markdown: string): MarkdownError[] {
  const result = fromMarkdown(markdown);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

/** Line N of the body, as a file line. */
const line = (n: number) => BODY_LINE + n - 1;

describe("fromMarkdown: constructs the model cannot hold are errors at their line", () => {
  const cases: [string, string[], number, RegExp][] = [
    [
      "a fenced code block",
      ["Text.", "", "```js", "let a = 1;", "```"],
      3,
      /code blocks are not supported/,
    ],
    ["an indented code block", ["Text.", "", "    let a = 1;"], 3, /indented code blocks/],
    ["a raw HTML block", ["Text.", "", "<div>", "x", "</div>"], 3, /raw HTML blocks/],
    ["an HTML comment block", ["Text.", "", "<!-- note -->"], 3, /HTML comments/],
    ["an inline HTML comment", ["Text.", "", "Before <!-- note --> after."], 3, /HTML comments/],
    ["inline raw HTML", ["Text.", "", "A <span>word</span>."], 3, /raw HTML "<span>"/],
    ["an unclosed <sub>", ["Text.", "", "H<sub>2O."], 3, /<sub> is never closed/],
    ["a footnote reference", ["Text.", "", "A claim.[^1]"], 3, /footnotes/],
    ["a footnote definition", ["Text.", "", "[^1]: The note."], 3, /footnotes/],
    ["a setext heading", ["Text.", "", "Heading", "-------"], 3, /setext/],
    ["a level-1 heading after the start", ["Text.", "", "# Again"], 3, /level-1 heading/],
    ["a level-5 heading", ["Text.", "", "##### Deep"], 3, /level-5/],
    ["a level-6 heading", ["Text.", "", "###### Deeper"], 3, /level-6/],
    ["a nested list", ["Text.", "", "- one", "  - two"], 3, /nested lists/],
    ["a task list", ["Text.", "", "- [ ] todo"], 3, /task list/],
    [
      "a list item with two paragraphs",
      ["Text.", "", "- one", "", "  more", "- two"],
      3,
      /one paragraph/,
    ],
    [
      "an image inside text",
      ["Text.", "", "See ![a chart](https://x.org/c.png) here."],
      3,
      /image must stand alone/,
    ],
    [
      "an image followed by text",
      ["Text.", "", "![a chart](https://x.org/c.png) here."],
      3,
      /image must stand alone/,
    ],
    ["a link title", ["Text.", "", 'A [link](https://x.org "Title").'], 3, /link titles/],
    ["an unused definition", ["Text.", "", "[unused]: https://x.org"], 3, /never used/],
    ["a list in a block quote", ["Text.", "", "> quote", ">", "> - item"], 5, /paragraphs only/],
    [
      "a heading in a fact box",
      ["Text.", "", "> [!ASIDE]", ">", "> ## Head"],
      5,
      /paragraphs and lists only/,
    ],
    ["a formatted caption", ["| a |", "| - |", "", "Table: *Fancy*"], 4, /plain text/],
    ["a formatted alt text", ["![*alt*](https://x.org/a.png)"], 1, /alt text is plain/],
  ];
  for (const [name, body, at, message] of cases) {
    test(name, () => {
      const errors = errorsOf(withFront(...body));
      expect(errors).toContainEqual(
        expect.objectContaining({ line: line(at), message: expect.stringMatching(message) }),
      );
    });
  }

  test("a reference definition that is used is fine", () => {
    const result = fromMarkdown(withFront("A [link][x].", "", "[x]: https://x.org/a&amp;b"));
    expect(result.ok && result.article.body).toEqual([
      {
        type: "paragraph",
        content: [{ text: "A " }, { text: "link", href: "https://x.org/a&b" }, { text: "." }],
      },
    ]);
  });

  test("every error is reported, in line order", () => {
    const errors = errorsOf(withFront("<div>x</div>", "", "##### Deep", "", "Text.[^1]"));
    expect(errors.map((error) => error.line)).toEqual([line(1), line(3), line(5)]);
  });
});

describe("fromMarkdown: front matter", () => {
  test("a YAML syntax error names its line", () => {
    const errors = errorsOf("---\nid: a\nheadline: [unclosed\nslug: a\n---\n\nText.\n");
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(errors[0]?.message).toMatch(/^front matter: /);
  });

  test("a bad field is reported at the line of its key", () => {
    const errors = errorsOf(
      "---\nid: a\nslug: a\nheadline: A\ndatePublished: yesterday\n---\n\nText.\n",
    );
    expect(errors).toEqual([
      { line: 5, path: "datePublished", message: expect.stringMatching(/ISO 8601/) },
    ]);
  });

  test("a bad nested field is reported at the line of its key", () => {
    const errors = errorsOf(
      "---\nid: a\nslug: a\nheadline: A\nauthor:\n  - name: Ann\n    url: ftp://x\n---\n\nText.\n",
    );
    expect(errors).toEqual([
      { line: 7, path: "author[0].url", message: expect.stringMatching(/http/) },
    ]);
  });

  test("an unknown field is reported at its line", () => {
    const errors = errorsOf("---\nid: a\nslug: a\nheadline: A\ntitel: Oops\n---\n\nText.\n");
    expect(errors).toEqual([
      { line: 5, path: "(document)", message: expect.stringMatching(/unknown field "titel"/) },
    ]);
  });

  test("a body field is refused", () => {
    const errors = errorsOf("---\nid: a\nslug: a\nheadline: A\nbody: text\n---\n\nText.\n");
    expect(errors[0]).toMatchObject({ line: 5, path: "body" });
  });

  test("front matter that is never closed is an error at line 1", () => {
    expect(errorsOf("---\nid: a\n\nText.\n")).toEqual([
      { line: 1, message: expect.stringMatching(/never closed/) },
    ]);
  });

  test("front matter that is not a mapping is an error", () => {
    expect(errorsOf("---\n- a\n- b\n---\n\nText.\n")[0]?.message).toMatch(/field: value/);
  });

  test("an error in a body block is reported at the line the block starts on", () => {
    const errors = errorsOf(withFront("Fine.", "", "A [bad link](javascript:alert(1)) here."));
    expect(errors).toEqual([
      { line: line(3), path: "body[1].content[1].href", message: expect.stringMatching(/http/) },
    ]);
  });

  test("an empty body is an error at the body's first line", () => {
    expect(errorsOf(withFront(""))).toEqual([
      { line: BODY_LINE - 1, path: "body", message: expect.any(String) },
    ]);
  });

  test("front matter errors are reported alongside body errors", () => {
    const errors = errorsOf("---\nid: a\nslug: Not A Slug\nheadline: A\n---\n\n##### Deep\n");
    expect(errors.map((error) => error.line)).toEqual([3, 7]);
  });
});

describe("fromMarkdown: leniency for hand-written files", () => {
  test("a leading # line is the headline; slug and id derive from it; schemaVersion defaults", () => {
    const result = fromMarkdown("# São Paulo’s *new* mayor\n\nText.\n");
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringMatching(/headline is plain/) }],
    });
    expect(fromMarkdown("# São Paulo’s new mayor\n\nText.\n")).toEqual({
      ok: true,
      article: {
        schemaVersion: 1,
        id: "sao-paulos-new-mayor",
        slug: "sao-paulos-new-mayor",
        headline: "São Paulo’s new mayor",
        body: [{ type: "paragraph", content: [{ text: "Text." }] }],
      },
    });
  });

  test("a # line equal to the front matter headline is accepted; a different one is not", () => {
    expect(fromMarkdown(withFront("# A headline", "", "Text.")).ok).toBe(true);
    expect(errorsOf(withFront("# Another", "", "Text."))).toEqual([
      { line: BODY_LINE, message: expect.stringMatching(/differs/) },
    ]);
  });

  test("CRLF line endings and a byte order mark are accepted", () => {
    const result = fromMarkdown(`\uFEFF${withFront("Line one", "two.").replace(/\n/g, "\r\n")}`);
    expect(result.ok && result.article.body).toEqual([
      { type: "paragraph", content: [{ text: "Line one two." }] },
    ]);
  });

  test("the dateline prefix is taken off the lead paragraph only when it matches", () => {
    const front =
      "---\nid: a\nslug: a\nheadline: A\ndateline:\n  place: Kyiv, Ukraine\n  source: AP\n---\n\n";
    const read = fromMarkdown(`${front}**KYIV, Ukraine (AP) —** Nearly a year.\n`);
    expect(read.ok && read.article.body[0]).toEqual({
      type: "paragraph",
      content: [{ text: "Nearly a year." }],
    });
    const other = fromMarkdown(`${front}**LVIV (AP) —** Nearly.\n`);
    expect(other.ok && other.article.body[0]).toEqual({
      type: "paragraph",
      content: [{ text: "LVIV (AP) —", marks: ["strong"] }, { text: " Nearly." }],
    });
  });
});

describe("fromMarkdown never throws", () => {
  test("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = fromMarkdown(text);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok)
          expect(result.errors.every((error) => !error.message.startsWith("could not read"))).toBe(
            true,
          );
      }),
      { numRuns: 200 },
    );
  });

  test("on Markdown-shaped strings", () => {
    const piece = fc.constantFrom(
      "---\n",
      "id: a\n",
      "# ",
      "## ",
      "> ",
      "- ",
      "1. ",
      "* ",
      "**",
      "_",
      "`",
      "```\n",
      "[",
      "](",
      ")",
      "![",
      "<sub>",
      "</sup>",
      "<!--",
      "|",
      "| --- |\n",
      "\n",
      "\n\n",
      "[^1]",
      "[x]: y\n",
      "&amp;",
      "\\",
      "    ",
      "~~",
      "a",
      " ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const result = fromMarkdown(pieces.join(""));
        if (!result.ok)
          expect(result.errors.every((error) => !error.message.startsWith("could not read"))).toBe(
            true,
          );
      }),
      { numRuns: 200 },
    );
  });
});
