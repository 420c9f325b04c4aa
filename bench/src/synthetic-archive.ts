import { readdirSync, readFileSync } from "node:fs";
import type { Article } from "@broadsheet/article";
import { fromMarkdown } from "@broadsheet/markdown";

const root = new URL("../../", import.meta.url);

/** The articles of `content/`, parsed, in file name order. */
export function contentArticles(): Article[] {
  const folder = new URL("content/", root);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const parsed = fromMarkdown(readFileSync(new URL(name, folder), "utf8"));
      if (!parsed.ok) throw new Error(`content/${name} does not parse`);
      return parsed.article;
    });
}

const MINUTE = 60_000;

/**
 * Article number `index` of a synthetic archive built from the `content/` articles: each is one
 * of them with its own id, slug and headline, a publication date `index` minutes later, and the
 * blocks after its lead rotated, so no two of the archive's articles are the same text.
 */
export function syntheticArticle(sources: readonly Article[], index: number): Article {
  const source = sources[index % sources.length] as Article;
  const [lead, ...rest] = source.body;
  const shift = rest.length === 0 ? 0 : Math.floor(index / sources.length) % rest.length;
  const body = lead ? [lead, ...rest.slice(shift), ...rest.slice(0, shift)] : source.body;
  const published = source.datePublished
    ? new Date(Date.parse(source.datePublished) + index * MINUTE).toISOString()
    : undefined;
  return {
    ...source,
    id: `${source.id}-${index}`,
    slug: `${source.slug}-${index}`,
    headline: `${source.headline}, No. ${index + 1}`,
    ...(published !== undefined && { datePublished: published }),
    body,
  };
}

/** A synthetic archive of `count` articles ({@link syntheticArticle}). */
export function syntheticArchive(count: number): Article[] {
  const sources = contentArticles();
  return Array.from({ length: count }, (_, index) => syntheticArticle(sources, index));
}
