import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "@broadsheet/article";
import { toMarkdown } from "@broadsheet/markdown";
import { contentArticles, syntheticArticle } from "../synthetic-archive.js";

/** Section names the synthetic archive spreads its articles over. */
const SECTIONS = [
  "World",
  "Business",
  "Science",
  "Kultur",
  "Sport",
  "Local",
  "Politics",
  "Climate",
  "Technology",
  "Health",
  "Travel",
  "Opinion",
];

/**
 * Article number `index` of a synthetic site archive: the bench's synthetic article (one of the
 * `content/` articles with its own id, slug, headline, date and block order) in one of twelve
 * sections, without the source's canonical `url`, so the site derives it from the new slug.
 */
export function syntheticSiteArticle(sources: readonly Article[], index: number): Article {
  const { url: _sourceUrl, ...article } = syntheticArticle(sources, index);
  const section = SECTIONS[Math.floor(index / sources.length) % SECTIONS.length] as string;
  return { ...article, articleSection: section };
}

/** Writes synthetic article number `index` into the folder `dir` as a Broadsheet Markdown file. */
export function writeSyntheticArticle(dir: string, index: number): void {
  const article = syntheticSiteArticle(contentArticles(), index);
  writeFileSync(join(dir, `${article.slug}.md`), toMarkdown(article, { profile: "broadsheet" }));
}

/** Writes `count` synthetic articles into a new folder `dir` as Broadsheet Markdown files. */
export function writeSyntheticContent(dir: string, count: number): void {
  const sources = contentArticles();
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const article = syntheticSiteArticle(sources, index);
    writeFileSync(join(dir, `${article.slug}.md`), toMarkdown(article, { profile: "broadsheet" }));
  }
}

/** Rewrites synthetic article number `index` in `dir` with a new headline (an editor's correction). */
export function editSyntheticArticle(dir: string, index: number): void {
  const article = syntheticSiteArticle(contentArticles(), index);
  const edited = { ...article, headline: `${article.headline}, updated` };
  writeFileSync(join(dir, `${article.slug}.md`), toMarkdown(edited, { profile: "broadsheet" }));
}

/** Deletes synthetic article number `index` from `dir`. */
export function deleteSyntheticArticle(dir: string, index: number): void {
  rmSync(join(dir, `${syntheticSiteArticle(contentArticles(), index).slug}.md`));
}
