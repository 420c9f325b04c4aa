import type { Article, Block } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../../from-markdown.js";
import { PARSER_FAMILY } from "../../parser-family.js";
import { PROFILES } from "../../profiles/index.js";
import { type RealParser, renderedBy } from "../../test-real-parsers.js";
import { toMarkdown } from "../../to-markdown.js";
import { imageAlt } from "./image.js";

const ALTS = [
  "Eight rowers cross the finish line",
  'The club\'s boat, "Riverside" -- in 1913...',
  "A *starred* alt",
  "Brackets [a] and ] and [",
  "Backslash \\ and \\* and \\\\",
  "Ampersand & and &amp; and &copy;",
  "Angle <b> and x<y",
  "Underscores _a_ and `code` and ~~s~~",
  "Liquid {{ site.title }} and {% raw %} and 100%}",
  "Mention @someone and www.example.com and a:b",
];

function article(body: Block[]): Article {
  return { schemaVersion: 1, id: "alts", slug: "alts", headline: "Alts", body } as Article;
}

const written = article(
  ALTS.map((alt, index) => ({ type: "image", src: `https://e.x/${index}.jpg`, alt })),
);

const typography = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/–|—/g, "--").replace(/…/g, "...");

const PARSERS: [string, RealParser][] = [
  ["jekyll", "kramdown"],
  ["devto", "forem"],
  ["hugo", "hugo"],
];

describe.each(PARSERS)("the %s profile's image alt text, rendered by %s", (profile, parser) => {
  const name = profile as "jekyll" | "devto" | "hugo";

  test("shows the alt text exactly, or is said to differ", (context) => {
    const body = toMarkdown(written, { profile: name }).replace(/^---\n[\s\S]*?\n---\n/, "");
    const [page] = renderedBy(context, parser, [body]);
    const portable = PROFILES[name].body(written, {});
    const { textFilter } = PROFILES[name];
    const family = PARSER_FAMILY[name];
    const forms = portable.map((block) =>
      block.type === "image" ? imageAlt(block, { textFilter, family }) : undefined,
    );
    const alts = page?.alts.map(typography);
    const checked = ALTS.filter((_, index) => forms[index]?.differs === undefined);
    expect(checked.length).toBeGreaterThan(name === "hugo" ? 3 : 9);
    ALTS.forEach((alt, index) => {
      if (forms[index]?.differs !== undefined) return;
      expect(alts?.[index]).toBe(typography(alt));
    });
  });

  test("read back as the same alt text", () => {
    const read = fromMarkdown(toMarkdown(written, { profile: name }), { profile: name });
    expect(read.ok ? read.article.body : read.errors).toEqual(PROFILES[name].body(written, {}));
  });
});
