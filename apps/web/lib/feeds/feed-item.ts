import type { Article } from "@broadsheet/article";

/** One article of a feed with its content as HTML, rendered by the page's components. */
export interface FeedItem {
  article: Article;
  html: string;
}
