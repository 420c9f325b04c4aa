import type { Article, ImportWarning } from "@broadsheet/article";

/**
 * Where an article read from the web came from, best first: the Markdown alternate a page or
 * feed announces (the site's exact article), the feed item's full content, the page itself
 * (its main text found by Readability), and last the feed item's summary.
 */
export type ArticleOrigin = "markdown" | "feed-content" | "page" | "feed-summary";

/** What each origin is called in a message. */
export const ORIGIN_NAMES: Readonly<Record<ArticleOrigin, string>> = {
  markdown: "the Markdown alternate",
  "feed-content": "the feed's content",
  page: "the page's main text",
  "feed-summary": "the feed's summary",
};

/** An article read from the web, with where it came from and what was given up on the way. */
export interface RemoteArticle {
  /**
   * The article; its `isBasedOn` as the importer sets it: `htmlToArticle` names the HTML, its
   * address and fetch time; an article read from Markdown keeps what its front matter says.
   */
  article: Article;
  from: ArticleOrigin;
  /** The address of what was read (after redirects); the feed's item has none of its own. */
  url: string | undefined;
  /** When what was read (for a feed item's text, its feed) was fetched or confirmed by a 304. */
  fetchedAt: Date | undefined;
  /** Read from the offline cache, or confirmed by a 304. */
  fromCache: boolean;
  /** Each better source that was tried and why it was not used, one line each. */
  warnings: string[];
  /** What the HTML importer dropped or guessed (empty for Markdown). */
  importWarnings: ImportWarning[];
}

/** An article read from the web, or one line saying why none could be (host, what, what to try). */
export type OpenedRemote = ({ ok: true } & RemoteArticle) | { ok: false; message: string };
