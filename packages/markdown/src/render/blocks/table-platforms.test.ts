import type { Article, Block, Inline } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../../from-markdown.js";
import { SHOWS_HTML } from "../../parser-family.js";
import { PROFILES } from "../../profiles/index.js";
import { type RealParser, renderedBy } from "../../test-real-parsers.js";
import { toMarkdown } from "../../to-markdown.js";

const CELLS: Inline[] = [
  [{ text: "a | b" }],
  [{ text: "a \\| b" }],
  [{ text: "a|b", marks: ["code"] }],
  [{ text: "x | y", href: "https://e.x/a|b" }],
  [{ text: "line\nbreak" }],
  [{ text: "bold\nbreak", marks: ["strong"] }],
  [{ text: "&#10; and " }, { text: "&#10;|", marks: ["code"] }],
  [{ text: "$$x$$ and {{ y }}" }],
];

function article(body: Block[]): Article {
  return { schemaVersion: 1, id: "tables", slug: "tables", headline: "Tables", body } as Article;
}

/** Code holding `\|` in a table: GFM parsers split such a row differently; only HTML shows it. */
const BACKSLASH_PIPE: Inline = [{ text: "a\\|b", marks: ["code"] }];

const written = (name: string) =>
  article([
    {
      type: "table",
      header: [[{ text: "h | 1" }], [{ text: "h2" }]],
      rows: [
        ...cellsOf(name).map((cell) => [cell, [{ text: "x" }]]),
        [[{ text: "-" }], [{ text: ":---" }]],
        [[{ text: "+" }], [{ text: "- -" }]],
      ],
    },
  ]);

function cellsOf(name: string): Inline[] {
  return name === "hugo" ? CELLS : [...CELLS, BACKSLASH_PIPE];
}

const PARSERS: [string, RealParser][] = [
  ["jekyll", "kramdown"],
  ["devto", "forem"],
  ["hugo", "hugo"],
];

describe.each(PARSERS)("the %s profile's tables, rendered by %s", (profile, parser) => {
  const name = profile as "jekyll" | "devto" | "hugo";

  test("show every cell's text, line breaks where the platform shows HTML", (context) => {
    const body = toMarkdown(written(name), { profile: name }).replace(/^---\n[\s\S]*?\n---\n/, "");
    const [page] = renderedBy(context, parser, [body]);
    const typography = (text: string) => text.replaceAll("—", "---").replaceAll("–", "--");
    const shown = (text: string) => typography(SHOWS_HTML[name] ? text : text.replace(/\s+/g, " "));
    const text = (cell: Inline) => cell.map((span) => span.text).join("");
    const cells = [
      "h | 1",
      "h2",
      ...cellsOf(name).flatMap((cell) => [text(cell), "x"]),
      ...["-", ":---", "+", "- -"],
    ];
    expect(page?.cells.map(shown)).toEqual(cells.map(shown));
  });

  test("read back as the same table", () => {
    const read = fromMarkdown(toMarkdown(written(name), { profile: name }), { profile: name });
    expect(read.ok ? read.article.body : read.errors).toEqual(
      PROFILES[name].body(written(name), {}),
    );
  });
});
