import { type Article, readingTime } from "@broadsheet/article";

const minutes = new WeakMap<Article, number>();

/**
 * The article's reading time in minutes (`readingTime`), counted once per article and process:
 * the article page, its front-page card and its section card all show it, and counting words
 * segments the whole text.
 */
export function readingMinutes(article: Article): number {
  let counted = minutes.get(article);
  if (counted === undefined) {
    counted = readingTime(article);
    minutes.set(article, counted);
  }
  return counted;
}
