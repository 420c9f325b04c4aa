import type { Article, Block } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../from-markdown.js";
import { PROFILES } from "../profiles/index.js";
import { hostileStrings } from "../test-hostile-strings.js";
import { normalizedHref, type RealParser, renderedBy } from "../test-real-parsers.js";
import { toMarkdown } from "../to-markdown.js";

/** The hostile destinations, and one ending `%}`, which Forem's sanitizer takes out of attributes. */
const URLS = [...hostileStrings("link-destinations").map(({ text }) => text), "https://e.x/100%}"];

function article(body: Block[]): Article {
  return { schemaVersion: 1, id: "urls", slug: "urls", headline: "Links", body } as Article;
}

const body: Block[] = URLS.flatMap((href): Block[] => [
  { type: "paragraph", content: [{ text: "see " }, { text: "this", href }, { text: " then" }] },
  { type: "table", header: [[{ text: "a", href }], [{ text: "b" }]], rows: [] },
]);
const images: Block[] = URLS.filter((href) => href.startsWith("http")).map((src) => ({
  type: "image",
  src,
  alt: "x",
}));

const PARSERS: [string, RealParser][] = [
  ["jekyll", "kramdown"],
  ["devto", "forem"],
];

describe.each(PARSERS)("the %s profile's link destinations, rendered by %s", (profile, parser) => {
  const name = profile as "jekyll" | "devto";

  test("link to the same URL, in text, in a table and as an image", (context) => {
    const written = article([...body, ...images]);
    const markdown = toMarkdown(written, { profile: name }).replace(/^---\n[\s\S]*?\n---\n/, "");
    const [page] = renderedBy(context, parser, [markdown]);
    const wanted = PROFILES[name].body(written, {});
    const hrefs = wanted.flatMap((block) =>
      block.type === "paragraph"
        ? block.content.flatMap((span) => span.href ?? [])
        : block.type === "table"
          ? block.header.flat().flatMap((span) => span.href ?? [])
          : [],
    );
    const srcs = wanted.flatMap((block) => (block.type === "image" ? [block.src] : []));
    expect(page?.hrefs.map(normalizedHref)).toEqual(hrefs.map(normalizedHref));
    expect(page?.srcs.map(normalizedHref)).toEqual(srcs.map(normalizedHref));
  });

  test("read back as the same URLs", () => {
    const written = article([...body, ...images]);
    const read = fromMarkdown(toMarkdown(written, { profile: name }), { profile: name });
    expect(read.ok ? read.article.body : read.errors).toEqual(PROFILES[name].body(written, {}));
  });
});
