import { bodyText, readingTime } from "@broadsheet/article";
import type { FeedItem } from "@broadsheet/feeds";
import { htmlToArticle } from "@broadsheet/html";

/** What the library needs of a feed item's text: the words, and the minutes to read them. */
export interface ItemDigest {
  /** The item's title and the plain text of its content (else its summary), for search. */
  text: string;
  /**
   * Minutes to read the content (else the summary): words counted and divided by the words a
   * minute as the content folder's index does (`readingTime` of `@broadsheet/article`), at least 1.
   */
  minutes: number;
}

/**
 * The text and reading time of a feed item: its content (else its summary) converted by the
 * HTML importer, as a fragment, and counted as a local article is.
 */
export function digestItem(item: FeedItem): ItemDigest {
  const html = item.contentHtml ?? item.summaryHtml;
  if (html === undefined) return { text: item.title, minutes: 1 };
  const result = htmlToArticle(html, { kind: "fragment", headline: item.title });
  if (!result.ok) return { text: item.title, minutes: 1 };
  return {
    text: `${item.title}\n${bodyText(result.article)}`,
    minutes: readingTime(result.article),
  };
}
