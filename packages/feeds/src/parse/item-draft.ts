import type { FeedItem } from "../feed-types.js";
import { MAX_TITLE_LENGTH } from "../limits.js";
import { oneLine } from "../text/clean-text.js";
import { htmlToText } from "../text/html-to-text.js";
import { parseFeedDate } from "../text/parse-date.js";

/** What a format reader found of one item, before checks and defaults. */
export interface ItemDraft {
  id: string | undefined;
  url: string | undefined;
  /** Plain text, or HTML where `titleIsHtml`. */
  title: string | undefined;
  /** RSS and JSON Feed titles are text, but some feeds write HTML there: see {@link looksLikeHtml}. */
  titleIsHtml: boolean;
  published: string | undefined;
  updated: string | undefined;
  authors: string[];
  categories: string[];
  summaryHtml: string | undefined;
  contentHtml: string | undefined;
  markdownAlternate: string | undefined;
  contentBase: string | undefined;
}

/** An empty draft, for a format reader to fill. */
export function emptyDraft(): ItemDraft {
  return {
    id: undefined,
    url: undefined,
    title: undefined,
    titleIsHtml: false,
    published: undefined,
    updated: undefined,
    authors: [],
    categories: [],
    summaryHtml: undefined,
    contentHtml: undefined,
    markdownAlternate: undefined,
    contentBase: undefined,
  };
}

/** A guessed title is cut at a word near this many characters. */
const GUESSED_TITLE_LENGTH = 80;
/** Only the start of an item's HTML is read for a guessed title. */
const GUESS_FROM_CHARACTERS = 4000;

const HTML_LIKE = /<\/?[a-z][^<>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Whether a title given as text holds HTML: a tag or a character reference left after XML
 * decoding (`&#x0024;4300 1930ft<sup>2</sup>`), as feeds that escape their titles twice do.
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_LIKE.test(text);
}

/** A title given as text, read as HTML where it {@link looksLikeHtml}. */
export function titleText(text: string | undefined): string | undefined {
  return text !== undefined && looksLikeHtml(text) ? htmlToText(text) : text;
}

function present(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const line = oneLine(text);
  return line === "" ? undefined : line;
}

function cutAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(" ", length);
  return `${text.slice(0, space > length / 2 ? space : length)}…`;
}

function guessTitle(draft: ItemDraft): string | undefined {
  for (const html of [draft.summaryHtml, draft.contentHtml]) {
    if (html === undefined) continue;
    const text = htmlToText(html.slice(0, GUESS_FROM_CHARACTERS));
    if (text !== "") return cutAtWord(text, GUESSED_TITLE_LENGTH);
  }
  return undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => oneLine(value)).filter((value) => value !== ""))];
}

function checkedDate(
  raw: string | undefined,
  field: string,
  where: string,
  warnings: string[],
): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const iso = parseFeedDate(raw);
  if (iso === undefined) {
    warnings.push(
      `${where}: the ${field} date ${JSON.stringify(oneLine(raw).slice(0, 60))} is neither RFC 822 nor RFC 3339: left out`,
    );
  }
  return iso;
}

/**
 * The item a draft makes, or undefined (with a warning) when it has nothing to read: no title,
 * text or link. A missing title is taken from the start of its text, a bad date left out, each
 * with a warning naming the item.
 *
 * @param draft - what the format reader found
 * @param index - the item's position in the feed, from 0
 * @param warnings - where the warnings go
 */
export function finishItem(
  draft: ItemDraft,
  index: number,
  warnings: string[],
): FeedItem | undefined {
  const stated = present(
    draft.title !== undefined && draft.titleIsHtml ? htmlToText(draft.title) : draft.title,
  );
  const where =
    stated === undefined
      ? `item ${index + 1}`
      : `item ${index + 1} (${JSON.stringify(cutAtWord(stated, 40))})`;
  let title = stated;
  if (title === undefined) {
    title = guessTitle(draft);
    if (title !== undefined) warnings.push(`${where} has no title: one is taken from its text`);
    else if (draft.url !== undefined) {
      title = draft.url;
      warnings.push(`${where} has no title and no text: its link is its title`);
    } else {
      warnings.push(`${where} has no title, text or link: skipped`);
      return undefined;
    }
  } else if (title.length > MAX_TITLE_LENGTH) {
    title = cutAtWord(title, MAX_TITLE_LENGTH);
    warnings.push(`${where}: the title is over ${MAX_TITLE_LENGTH} characters: cut`);
  }
  const item: FeedItem = {
    id: present(draft.id) ?? draft.url ?? title,
    url: draft.url,
    title,
    published: checkedDate(draft.published, "published", where, warnings),
    updated: checkedDate(draft.updated, "updated", where, warnings),
    author: unique(draft.authors).join(", ") || undefined,
    categories: unique(draft.categories),
    summaryHtml: draft.summaryHtml?.trim() || undefined,
    contentHtml: draft.contentHtml?.trim() || undefined,
    contentBase: draft.contentBase,
    position: index + 1,
  };
  if (draft.markdownAlternate !== undefined) item.markdownAlternate = draft.markdownAlternate;
  return item;
}
