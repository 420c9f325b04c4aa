import type { Article, Block, List } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../../from-markdown.js";
import { PROFILES } from "../../profiles/index.js";
import { type RealParser, renderedBy } from "../../test-real-parsers.js";
import { toMarkdown } from "../../to-markdown.js";

const items = (...texts: string[]) => texts.map((text) => [{ text }]);

const LISTS: List[] = [
  { type: "list", ordered: true, start: 4, items: items("Irwell Valley, 6:35.90", "Tyne", "Wear") },
  { type: "list", ordered: true, items: items("one", "two") },
  { type: "list", ordered: true, start: 7, items: items("seven") },
  { type: "list", ordered: false, items: items("a", "b") },
  { type: "list", ordered: false, items: items("c") },
  { type: "list", ordered: false, items: items("d") },
  { type: "list", ordered: true, start: 0, items: items("zero", "one") },
  {
    type: "list",
    ordered: true,
    start: 1986,
    items: [
      [
        { text: "a *b* " },
        { text: "em", marks: ["em"] },
        { text: ' <i> & "q" {{ x }} {% y %} `t`\\ ' },
        { text: "link", href: "https://e.x/a_(b)?c=1&d=2" },
        { text: " a`b {{ c }}", marks: ["code"] },
        { text: "\nafter" },
      ],
    ],
  },
];

function article(body: Block[]): Article {
  return {
    schemaVersion: 1,
    id: "lists",
    slug: "lists",
    headline: "Lists",
    datePublished: "2025-07-13T19:45:00+01:00",
    body,
  } as Article;
}

const PARSERS: [string, RealParser][] = [
  ["jekyll", "kramdown"],
  ["devto", "forem"],
];

/** What a page shows of each list: its first number (null for bullets) and each item's text. */
function shown(list: List): { start: number | null; items: string[] } {
  return {
    start: list.ordered ? (list.start ?? 1) : null,
    items: list.items.map((item) =>
      item
        .map((span) => span.text)
        .join("")
        .trim(),
    ),
  };
}

function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
}

describe.each(PARSERS)("the %s profile's lists, rendered by %s", (profile, parser) => {
  const name = profile as "jekyll" | "devto";
  const inQuote: Block = { type: "aside", content: [LISTS[0] as List, LISTS[1] as List] };

  test("show every list apart, with its own numbers", (context) => {
    const markdown = toMarkdown(
      article([...LISTS, { type: "paragraph", content: [{ text: "x" }] }, inQuote]),
      { profile: name },
    );
    const [page] = renderedBy(context, parser, [bodyOf(markdown)]);
    const typed = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    const lists = page?.lists.map((list) => ({ ...list, items: list.items.map(typed) }));
    expect(lists).toEqual([...LISTS, LISTS[0] as List, LISTS[1] as List].map(shown));
  });

  test("read back as the same lists", () => {
    const written = article([...LISTS, inQuote]);
    const read = fromMarkdown(toMarkdown(written, { profile: name }), { profile: name });
    expect(read.ok ? read.article.body : read.errors).toEqual(PROFILES[name].body(written, {}));
  });
});
