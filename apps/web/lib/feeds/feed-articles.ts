import type { Article } from "@broadsheet/article";

/** Articles each feed carries: the newest, so a feed's size does not grow with the archive. */
export const FEED_ARTICLE_LIMIT = 50;

/** The articles a feed carries, from every article newest first. */
export function feedArticles(articles: readonly Article[]): Article[] {
  return articles.slice(0, FEED_ARTICLE_LIMIT);
}
