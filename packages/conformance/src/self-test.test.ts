import type { Article } from "@broadsheet/article";
import { describe, expect } from "vitest";
import { differencesOf } from "./conformance.js";
import { exportArticles } from "./corpus/export-articles.js";
import { platformNamed } from "./platforms/index.js";
import { platformIt } from "./test-platform-it.js";

const ARTICLE: Article = {
  schemaVersion: 1,
  id: "self-test",
  slug: "self-test",
  headline: "Self Test",
  datePublished: "2025-05-01T09:30:00+02:00",
  description: "An article the harness must see changed.",
  keywords: ["self-test"],
  body: [
    { type: "paragraph", content: [{ text: "Price {{ x }} today, {% if y %}maybe{% endif %}." }] },
    { type: "list", ordered: true, start: 4, items: [[{ text: "Fourth" }], [{ text: "Fifth" }]] },
  ],
};

const SOURCES = [{ path: "self-test.md", article: ARTICLE }];

async function differencesAfter(
  profile: "jekyll" | "eleventy" | "hashnode",
  platform: string,
  change: (markdown: string) => string,
) {
  const files = exportArticles(SOURCES, profile).map((file) => ({
    ...file,
    markdown: change(file.markdown),
  }));
  const pages = await platformNamed(platform).render(files);
  return differencesOf(profile, platform, files, pages);
}

const kept = (markdown: string) => markdown;

describe("the harness sees a page that differs from the article", async () => {
  await platformIt(
    "jekyll",
    "Jekyll: with the Liquid guard removed, the template text vanishes",
    async () => {
      const unguarded = (markdown: string) =>
        markdown.replace(/\{% raw %\}(\{\{|\{%)\{% endraw %\}/g, "$1");
      expect(unguarded(exportArticles(SOURCES, "jekyll")[0]?.markdown ?? "")).toContain("{{ x }}");
      const differences = await differencesAfter("jekyll", "jekyll", unguarded);
      expect(differences.filter((difference) => difference.what === "p text")).toEqual([
        expect.objectContaining({
          block: 0,
          expected: "Price {{ x }} today, {% if y %}maybe{% endif %}.",
          got: "Price today, .",
        }),
      ]);
    },
  );

  await platformIt(
    "eleventy-nunjucks",
    "Eleventy: without templateEngineOverride, Nunjucks runs",
    async () => {
      const guarded = await differencesAfter("eleventy", "eleventy-nunjucks", kept);
      expect(guarded).toEqual([]);
      const unguarded = await differencesAfter("eleventy", "eleventy-nunjucks", (markdown) =>
        markdown.replace(/^templateEngineOverride: .*\n/m, ""),
      );
      expect(unguarded.map((difference) => difference.what)).toContain("p text");
    },
  );

  await platformIt(
    "cmark-gfm",
    "cmark-gfm: a body or title changed after export is reported",
    async () => {
      expect(await differencesAfter("hashnode", "cmark-gfm", kept)).toEqual([]);
      const changed = await differencesAfter("hashnode", "cmark-gfm", (markdown) =>
        markdown
          .replace("Price", "Prize")
          .replace('title: "Self Test"', 'title: "Self-Test"')
          .replace("4. Fourth", "1. Fourth"),
      );
      expect(changed.map(({ block, what }) => ({ block, what }))).toEqual(
        expect.arrayContaining([
          { block: 0, what: "p text" },
          { block: 1, what: "li place" },
          { block: -1, what: "front: title" },
        ]),
      );
    },
  );
});
