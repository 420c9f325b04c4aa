import { HtmlRenderer, Parser } from "commonmark";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { fromMarkdown } from "../from-markdown.js";
import type { ProfileName } from "../profiles/index.js";
import { articleOf } from "../test-arbitraries.js";
import { liquidOutput } from "../test-liquid.js";
import { proseRuns } from "../test-prose-runs.js";
import { withTemplateText } from "../test-template-strings.js";
import { toMarkdown } from "../to-markdown.js";
import { unprotectLiquid } from "./liquid-raw.js";

const RUNS = Number(process.env.RUNS ?? 20);

const templated = fc
  .tuple(articleOf(), fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }))
  .map(([article, picks]) =>
    withTemplateText({ ...article, headline: `Story ${article.headline}` }, picks),
  );

function split(markdown: string): { data: Record<string, unknown>; body: string } {
  if (!markdown.startsWith("---\n")) return { data: {}, body: markdown };
  const end = markdown.indexOf("\n---\n", 4);
  return { data: parse(markdown.slice(4, end + 1)) ?? {}, body: markdown.slice(end + 5) };
}

function reads(markdown: string, profile: ProfileName): void {
  const read = fromMarkdown(markdown, { profile });
  expect(read.ok ? [] : read.errors).toEqual([]);
}

/** Forem wraps code in raw blocks itself: the test sets code aside before Liquid runs. */
function html(markdown: string): string {
  return new HtmlRenderer()
    .render(new Parser().parse(markdown))
    .replace(/<code>[\s\S]*?<\/code>/g, "<code></code>");
}

describe("template text cannot run", () => {
  test("jekyll: Liquid (before Markdown) prints every text exactly as unprotected", () => {
    fc.assert(
      fc.property(templated, (article) => {
        const markdown = toMarkdown(article, { profile: "jekyll" });
        const { body } = split(markdown);
        expect(liquidOutput(body)).toBe(unprotectLiquid(body));
        reads(markdown, "jekyll");
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test("devto: Liquid (over the HTML, code aside) runs nothing and prints the text", () => {
    fc.assert(
      fc.property(templated, (article) => {
        const markdown = toMarkdown(article, { profile: "devto" });
        const { body } = split(markdown);
        const rendered = html(body);
        const printed = html(unprotectLiquid(body)).replace(/ alt="[^"]*"/g, (alt) =>
          alt.replace(/\{\{ '([{%])' \}\}/g, "$1"),
        );
        expect(liquidOutput(rendered)).toBe(printed);
        reads(markdown, "devto");
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test("hugo: no shortcode start is left anywhere in the body, code included", () => {
    fc.assert(
      fc.property(templated, (article) => {
        const markdown = toMarkdown(article, { profile: "hugo" });
        expect(split(markdown).body).not.toMatch(/\{\{[<%]/);
        reads(markdown, "hugo");
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test("eleventy: every file is Markdown only (templateEngineOverride: md)", () => {
    fc.assert(
      fc.property(templated, (article) => {
        const markdown = toMarkdown(article, { profile: "eleventy" });
        expect(split(markdown).data.templateEngineOverride).toBe("md");
        reads(markdown, "eleventy");
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test("hashnode: no embed, widget or math trigger outside code", () => {
    fc.assert(
      fc.property(templated, (article) => {
        const markdown = toMarkdown(article, { profile: "hashnode" });
        for (const run of proseRuns(split(markdown).body)) expect(run).not.toMatch(/%\[|\$\$/);
        reads(markdown, "hashnode");
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test("gfm: no block has two unescaped dollar signs outside code", () => {
    fc.assert(
      fc.property(templated, (article) => {
        const markdown = toMarkdown(article, { profile: "gfm" });
        for (const run of proseRuns(markdown)) {
          expect((run.match(/\$/g) ?? []).length).toBeLessThan(2);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
