import { createHash } from "node:crypto";
import { type Article, type ImportWarning, Label, parseArticle } from "@broadsheet/article";
import type { FeedItem } from "@broadsheet/feeds";
import { HTML_IMPORTER, htmlToArticle } from "@broadsheet/html";
import { withItemMetadata } from "../remote/item-metadata.js";

/** The feed an item comes from, as its articles' `isBasedOn` names it. */
export interface FeedOrigin {
  /** The feed's address (`--url`), else its file's name. */
  name: string;
}

/** An article made from a feed item, with the importer's warnings, or why none could be. */
export type ItemArticle =
  | { ok: true; article: Article; warnings: ImportWarning[] }
  | { ok: false; message: string };

function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** `article` with `field` set to `value`, or as it was when the model refuses the value. */
function withField<Field extends keyof Article>(
  article: Article,
  field: Field,
  value: Article[Field] | undefined,
): Article {
  if (value === undefined) {
    const { [field]: _dropped, ...rest } = article;
    return rest as Article;
  }
  const parsed = parseArticle({ ...article, [field]: value });
  return parsed.ok ? parsed.article : article;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The body of an item with no text: its link, as a paragraph. */
function linkParagraph(url: string): string {
  const escaped = escapeHtml(url);
  return `<p><a href="${escaped}">${escaped}</a></p>`;
}

function noText(item: FeedItem): ImportWarning {
  return {
    rule: "feed-no-text",
    note:
      item.url === undefined
        ? "The feed gives no text and no link for this item: the article holds its headline only."
        : "The feed gives no text for this item: the article's body is the link to its page.",
  };
}

function summaryOnly(item: FeedItem): ImportWarning {
  const where = item.url === undefined ? "" : `; the full text may be at ${item.url}`;
  return {
    rule: "feed-summary-only",
    note: `The feed gives only a summary of this item, so the article holds the summary${where}.`,
  };
}

/**
 * An article from one feed item: its full content (else its summary, else a link to its page,
 * each with a warning) converted whole by the HTML importer, relative links resolved against the
 * item's `xml:base` or the feed's address, else the item's page. The headline is the item's
 * title; its link, dates, author and categories (the first as the section, all as keywords) are
 * the article's metadata. The id comes from the item's id, so it is the same at every import.
 * `isBasedOn` says it was imported from HTML at the item's address, and names the feed and the
 * item's place in it.
 *
 * @returns the article, or the HTML importer's one line saying why the item cannot be imported
 */
export function feedItemArticle(item: FeedItem, origin: FeedOrigin): ItemArticle {
  const text = item.contentHtml ?? item.summaryHtml;
  const html = text ?? (item.url === undefined ? "" : linkParagraph(item.url));
  const base = item.contentBase ?? item.url;
  const result = htmlToArticle(html, {
    kind: "fragment",
    headline: item.title,
    ...(base === undefined ? {} : { url: base }),
  });
  if (!result.ok) return { ok: false, message: result.error.message };
  const warnings =
    item.contentHtml !== undefined
      ? result.warnings
      : [...result.warnings, text === undefined ? noText(item) : summaryOnly(item)];
  let article = withItemMetadata(result.article, item);
  if (item.url === undefined) article = withField(article, "url", undefined);
  article = withField(article, "id", `feed-${sha256Hex(item.id).slice(0, 16)}`);
  const keywords = item.categories.filter((category) => Label.safeParse(category).success);
  article = withField(article, "keywords", keywords.length > 0 ? keywords : undefined);
  const updated = item.updated;
  if (article.datePublished === undefined && updated !== undefined) {
    article = withField(article, "datePublished", updated);
  } else if (updated !== undefined && updated !== article.datePublished) {
    article = withField(article, "dateModified", updated);
  }
  const position = item.position === undefined ? "" : `item ${item.position} of `;
  const address = item.url ?? base;
  const basedOn = {
    format: "html" as const,
    ...(address === undefined ? {} : { url: address }),
    sha256: result.article.isBasedOn?.sha256 ?? sha256Hex(html),
    importer: `${HTML_IMPORTER}, ${position}the feed ${origin.name}`,
    warnings,
  };
  const parsed = parseArticle({ ...article, isBasedOn: basedOn });
  if (parsed.ok) return { ok: true, article: parsed.article, warnings };
  return {
    ok: true,
    article: withField(article, "isBasedOn", { ...basedOn, importer: HTML_IMPORTER }),
    warnings,
  };
}
