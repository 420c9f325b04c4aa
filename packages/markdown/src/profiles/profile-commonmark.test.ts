import type { Article } from "@broadsheet/article";
import { type Node, Parser } from "commonmark";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PARSER_FAMILY, type ParserFamily, SHOWS_HTML } from "../parser-family.js";
import { renderBody } from "../render/render-body.js";
import { unprotectLiquid } from "../templates/liquid-raw.js";
import { articleOf } from "../test-arbitraries.js";
import { toMarkdown } from "../to-markdown.js";
import { PROFILE_NAMES, PROFILES } from "./index.js";

/**
 * What CommonMark reads: each paragraph's and heading's text, line breaks and destinations.
 * CommonMark has no strikethrough: struck text reads as `~~…~~` where a profile writes its
 * delimiters and without them where it writes `<del>` (raw HTML, not read here), so tildes are
 * left out.
 */
function readings(markdown: string): string[] {
  const out: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  let current = "";
  for (let event = walker.next(); event; event = walker.next()) {
    const node: Node = event.node;
    if (node.type === "paragraph" || node.type === "heading") {
      if (event.entering) current = "";
      else out.push(current);
    } else if (event.entering) {
      if (node.type === "text") current += (node.literal ?? "").replaceAll("~", "");
      else if (node.type === "code") current += node.literal ?? "";
      else if (node.type === "softbreak" || node.type === "linebreak") current += "\n";
      else if (node.type === "link" || node.type === "image") current += `<${node.destination}>`;
    }
  }
  return out;
}

/**
 * dev.to writes a hard break as a bare newline (Redcarpet's hard_wrap) and a space before it as
 * `&#32;`, which Redcarpet keeps; commonmark.js strips that decoded space before a soft break.
 */
function softBreakSpaces(texts: string[]): string[] {
  return texts.map((text) => text.replace(/ +\n/g, "\n"));
}

/**
 * For markdown-it and Redcarpet an image is an `<img>` element where the profile's escapes
 * would show in its alt text, a choice the unescaped writing makes differently: their alt text
 * is checked on the real parsers (image-alt-platforms.test.ts) and read back instead.
 */
function withoutHtmlImages(article: Article, family: ParserFamily): Article {
  if (family !== "markdown-it" && family !== "redcarpet") return article;
  return { ...article, body: article.body.filter((block) => block.type !== "image") };
}

function body(markdown: string): string {
  return markdown.startsWith("---\n")
    ? markdown.slice(markdown.indexOf("\n---\n", 4) + 5)
    : markdown;
}

describe.each(PROFILE_NAMES.filter((name) => name !== "broadsheet"))("the %s profile", (name) => {
  test("its escapes change nothing CommonMark reads (after the template engine's pass)", () => {
    const profile = PROFILES[name];
    fc.assert(
      fc.property(articleOf(), (generated) => {
        const family = PARSER_FAMILY[name];
        const article = withoutHtmlImages(generated, family);
        const written = body(toMarkdown(article, { profile: name }));
        const html = SHOWS_HTML[name];
        const plain = renderBody(profile.body(article, {}), { markers: false, family, html });
        const liquid = name === "jekyll" || name === "devto";
        const seen = liquid ? unprotectLiquid(written) : written;
        const headline = name === "gfm" ? [article.headline.replaceAll("~", "")] : [];
        const expected = [...headline, ...readings(liquid ? unprotectLiquid(plain) : plain)];
        if (name === "devto")
          expect(softBreakSpaces(readings(seen))).toEqual(softBreakSpaces(expected));
        else expect(readings(seen)).toEqual(expected);
      }),
      { numRuns: Number(process.env.RUNS ?? 25) },
    );
  }, 60_000);
});
