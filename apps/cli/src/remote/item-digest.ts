import { type FeedItem, htmlToText } from "@broadsheet/feeds";
import { estimateMinutes } from "./estimate-minutes.js";

/** What the library needs of a feed item's text: the words, and the minutes to read them. */
export interface ItemDigest {
  /** The item's title and the plain text of its content (else its summary), for search. */
  text: string;
  /** Minutes to read the content (else the summary), at least 1 ({@link estimateMinutes}). */
  minutes: number;
}

/** The text and reading time of a feed item: its content (else its summary) as plain text. */
export function digestItem(item: FeedItem): ItemDigest {
  const html = item.contentHtml ?? item.summaryHtml;
  const body = html === undefined ? "" : htmlToText(html);
  return { text: body ? `${item.title}\n${body}` : item.title, minutes: estimateMinutes(body) };
}
