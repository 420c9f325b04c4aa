import { FeedError } from "../feed-error.js";
import type { FeedFormat } from "../feed-types.js";
import { removeControls } from "../text/clean-text.js";
import { escapeHtml } from "../text/html-to-text.js";
import { resolveLink } from "../text/resolve-url.js";
import type { FeedShape } from "./feed-shape.js";
import { emptyDraft, type ItemDraft, looksLikeHtml, titleText } from "./item-draft.js";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return removeControls(value);
  if (typeof value === "number") return String(value);
  return undefined;
}

function names(item: Json): string[] {
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  return authors.flatMap((author) => {
    const name = isObject(author) ? text(author.name) : undefined;
    return name === undefined ? [] : [name];
  });
}

function markdownAttachment(item: Json, base: string | undefined): string | undefined {
  if (!Array.isArray(item.attachments)) return undefined;
  for (const attachment of item.attachments) {
    if (isObject(attachment) && text(attachment.mime_type)?.toLowerCase() === "text/markdown") {
      const url = resolveLink(text(attachment.url) ?? "", base);
      if (url !== undefined) return url;
    }
  }
  return undefined;
}

function readItem(item: unknown, base: string | undefined, feedAuthors: string[]): ItemDraft {
  if (!isObject(item)) throw new Error("it is not a JSON object");
  const draft = emptyDraft();
  const contentText = text(item.content_text);
  const summary = text(item.summary);
  const authors = names(item);
  draft.id = text(item.id);
  draft.url =
    resolveLink(text(item.url) ?? "", base) ?? resolveLink(text(item.external_url) ?? "", base);
  draft.title = text(item.title);
  draft.titleIsHtml = draft.title !== undefined && looksLikeHtml(draft.title);
  draft.published = text(item.date_published);
  draft.updated = text(item.date_modified);
  draft.authors = authors.length > 0 ? authors : feedAuthors;
  draft.categories = Array.isArray(item.tags) ? item.tags.flatMap((tag) => text(tag) ?? []) : [];
  draft.summaryHtml = summary === undefined ? undefined : escapeHtml(summary);
  draft.contentHtml =
    text(item.content_html) ?? (contentText === undefined ? undefined : escapeHtml(contentText));
  draft.contentBase = base;
  draft.markdownAlternate = markdownAttachment(item, base);
  return draft;
}

/**
 * Reads a JSON Feed 1.0 or 1.1 document.
 *
 * @throws FeedError when the text is not JSON, or JSON without JSON Feed's `version` and `items`
 */
export function readJsonFeed(source: string, url: string | undefined): FeedShape<unknown> {
  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (error) {
    throw new FeedError(
      `the document starts like JSON but is not valid JSON (${(error as Error).message}): not a feed`,
    );
  }
  const version = isObject(document) ? text(document.version) : undefined;
  if (!isObject(document) || !version?.startsWith("https://jsonfeed.org/version/")) {
    throw new FeedError(
      "the document is JSON without a JSON Feed version (https://jsonfeed.org/version/1.1): not a feed; try the site's home page to find its feeds",
    );
  }
  if (!Array.isArray(document.items)) {
    throw new FeedError('the JSON Feed has no "items" list: not a feed');
  }
  const base = resolveLink(text(document.feed_url) ?? "", url) ?? url;
  const format: FeedFormat = "json";
  const feedAuthors = names(document);
  return {
    format,
    title: titleText(text(document.title)),
    homePage: resolveLink(text(document.home_page_url) ?? "", base),
    entries: document.items,
    readItem: (item) => readItem(item, base, feedAuthors),
  };
}
