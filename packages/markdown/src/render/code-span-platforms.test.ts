import type { Article, Block } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../from-markdown.js";
import { PROFILES } from "../profiles/index.js";
import { type RealParser, renderedBy } from "../test-real-parsers.js";
import { toMarkdown } from "../to-markdown.js";

const CODES = [
  "a``b",
  "`x`",
  "``",
  "`",
  " x ",
  " x",
  "x ",
  "  ",
  "a|b",
  "{{ x }}",
  "{% y %}",
  "{% endraw %}",
  "$$x$$",
  "a\\b",
  "*a*",
  "<b>",
  "&amp;",
  "a ` b",
  "```",
  "www.example.com a@b.c",
];

function article(body: Block[]): Article {
  return { schemaVersion: 1, id: "code", slug: "code", headline: "Code", body } as Article;
}

const written = article([
  ...CODES.map(
    (code): Block => ({
      type: "paragraph",
      content: [{ text: "w " }, { text: code, marks: ["code"] }, { text: " w $$x$$" }],
    }),
  ),
  {
    type: "table",
    header: [[{ text: "h" }], [{ text: "i" }]],
    rows: CODES.map((code) => [[{ text: code, marks: ["code"] }], [{ text: "x" }]]),
  },
]);

const PARSERS: [string, RealParser][] = [
  ["jekyll", "kramdown"],
  ["devto", "forem"],
  ["hugo", "hugo"],
];

describe.each(PARSERS)("the %s profile's code spans, rendered by %s", (profile, parser) => {
  const name = profile as "jekyll" | "devto" | "hugo";

  test("show the exact code, in text and in table cells", (context) => {
    const body = toMarkdown(written, { profile: name }).replace(/^---\n[\s\S]*?\n---\n/, "");
    const [page] = renderedBy(context, parser, [body]);
    expect(page?.codes).toEqual([...CODES, ...CODES]);
  });

  test("read back as the same code", () => {
    const read = fromMarkdown(toMarkdown(written, { profile: name }), { profile: name });
    expect(read.ok ? read.article.body : read.errors).toEqual(PROFILES[name].body(written, {}));
  });
});
