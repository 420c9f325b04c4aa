import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Article } from "@broadsheet/article";
import { expect, test } from "vitest";
import { contentArticles } from "../front-matter/test-content-articles.js";
import { skipWithout } from "../front-matter/test-external-tool.js";
import { trickyArticles } from "../front-matter/test-tricky-articles.js";
import { toMarkdown } from "../to-markdown.js";
import { authorNames } from "./fields.js";

const CONFIG = `baseURL = "https://example.org/"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
buildFuture = true
buildExpired = true
`;

/** Every page as one line of JSON: what a theme reads of the front matter. */
const LAYOUT = `{{ dict "file" .File.Path "title" .Title "date" .Date "lastmod" .Lastmod "description" .Description "author" .Params.author "canonicalURL" .Params.canonicalURL "images" .Params.images "tags" .Params.tags "categories" .Params.categories | jsonify }}`;

/** What the page should show of the article. */
function expected(article: Article) {
  const names = authorNames(article);
  const published = article.datePublished;
  return {
    title: article.headline,
    date: published === undefined ? "0001-01-01T00:00:00.000Z" : instant(published),
    lastmod: instant(article.dateModified ?? published ?? "0001-01-01T00:00:00Z"),
    description: article.description ?? "",
    author: names.length === 0 ? null : names.length === 1 ? names[0] : names,
    canonicalURL: article.url ?? null,
    images: article.image ? [article.image.url] : null,
    tags: article.keywords ?? null,
    categories: article.articleSection === undefined ? null : [article.articleSection],
  };
}

function instant(date: string): string {
  return new Date(date).toISOString();
}

function pages(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith("index.html"))
    .map((path) => readFileSync(join(directory, path), "utf8"));
}

test("Hugo reads the hugo profile's front matter of content/ and of tricky values exactly", (context) => {
  skipWithout(context, "hugo", ["version"]);
  const articles = [...contentArticles(), ...trickyArticles()];
  const site = mkdtempSync(join(tmpdir(), "hugo-front-matter-"));
  try {
    mkdirSync(join(site, "layouts", "_default"), { recursive: true });
    mkdirSync(join(site, "content", "posts"), { recursive: true });
    writeFileSync(join(site, "config.toml"), CONFIG);
    writeFileSync(join(site, "layouts", "_default", "single.html"), LAYOUT);
    articles.forEach((article, index) => {
      const file = join(site, "content", "posts", `${index}.md`);
      writeFileSync(file, toMarkdown(article, { profile: "hugo" }));
    });
    const build = spawnSync("hugo", ["--source", site, "--quiet"], { encoding: "utf8" });
    expect(build.stderr + build.stdout).not.toMatch(/ERROR|WARN/);
    expect(build.status).toBe(0);
    const read = new Map<string, Record<string, unknown>>();
    for (const page of pages(join(site, "public"))) {
      const { file, ...fields } = JSON.parse(page) as Record<string, unknown>;
      read.set(String(file), fields);
    }
    const wrong = articles.flatMap((article, index): unknown[] => {
      const fields = read.get(`posts/${index}.md`);
      if (fields === undefined) return [{ index, headline: article.headline, page: "missing" }];
      const shown = {
        ...fields,
        date: instant(String(fields.date)),
        lastmod: instant(String(fields.lastmod)),
      };
      const want = expected(article);
      return isDeepStrictEqual(shown, want) ? [] : [{ index, want, shown }];
    });
    expect(wrong).toEqual([]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}, 60_000);
