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
import { profileFileName, toMarkdown } from "../to-markdown.js";
import { authorNames, fromJekyllDate } from "./fields.js";

const CONFIG = `permalink: /posts/:title.html
future: true
markdown: kramdown
`;

const FIELDS = [
  ...["title", "date", "last_modified_at", "author", "authors", "description", "image"],
  ...["lang", "canonical_url", "tags", "categories"],
];

/** Every post as one JSON object: what a theme and jekyll-seo-tag read of the front matter. */
const LAYOUT = `{"path": {{ page.path | jsonify }}${FIELDS.map(
  (field) => `, "${field}": {{ page.${field} | jsonify }}`,
).join("")}}`;

function instant(date: unknown): string | null {
  if (date === null || date === undefined) return null;
  return new Date(String(fromJekyllDate(date))).toISOString();
}

/** What the page should show of the article. */
function expected(article: Article) {
  const names = authorNames(article);
  return {
    title: article.headline,
    date: instant(article.datePublished),
    last_modified_at: instant(article.dateModified),
    author: names[0] ?? null,
    authors: names.length > 1 ? names : null,
    description: article.description ?? null,
    image: article.image?.url ?? null,
    lang: article.inLanguage ?? null,
    canonical_url: article.url ?? null,
    tags: article.keywords ?? [],
    categories: article.articleSection === undefined ? [] : [article.articleSection],
  };
}

function posts(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .map((path) => readFileSync(join(directory, path), "utf8"));
}

test("Jekyll reads the jekyll profile's front matter of content/ and of tricky values exactly", (context) => {
  skipWithout(context, "jekyll", ["--version"]);
  const articles = [...contentArticles(), ...trickyArticles()];
  const site = mkdtempSync(join(tmpdir(), "jekyll-front-matter-"));
  try {
    mkdirSync(join(site, "_layouts"));
    mkdirSync(join(site, "_posts"));
    writeFileSync(join(site, "_config.yml"), CONFIG);
    writeFileSync(join(site, "_layouts", "post.html"), LAYOUT);
    const paths = articles.map((article) => {
      expect(article.datePublished, article.headline).toBeDefined();
      const path = `_posts/${profileFileName(article, "jekyll")}`;
      writeFileSync(join(site, path), toMarkdown(article, { profile: "jekyll" }));
      return path;
    });
    const build = spawnSync("jekyll", ["build", "--source", site, "--quiet"], {
      cwd: site,
      encoding: "utf8",
    });
    expect(build.stderr + build.stdout).not.toMatch(/error|warn/i);
    expect(build.status).toBe(0);
    const read = new Map<string, Record<string, unknown>>();
    for (const post of posts(join(site, "_site"))) {
      const { path, ...fields } = JSON.parse(post) as Record<string, unknown>;
      read.set(String(path), fields);
    }
    const wrong = articles.flatMap((article, index): unknown[] => {
      const fields = read.get(paths[index] as string);
      if (fields === undefined) return [{ path: paths[index], page: "missing" }];
      const shown = {
        ...fields,
        date: instant(fields.date),
        last_modified_at: instant(fields.last_modified_at),
      };
      const want = expected(article);
      return isDeepStrictEqual(shown, want) ? [] : [{ path: paths[index], want, shown }];
    });
    expect(wrong).toEqual([]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}, 120_000);
