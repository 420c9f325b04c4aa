import { type Article, excerpt } from "@broadsheet/article";
import { ATOM_FEED_PATH, articlePath, markdownPath } from "@/lib/paths";
import { absoluteUrl, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from "@/lib/site";
import { escapeMarkup as x } from "./escape-markup";
import type { FeedItem } from "./feed-item";

const EPOCH = "1970-01-01T00:00:00Z";

function updatedOf(article: Article): string {
  return article.dateModified ?? article.datePublished ?? EPOCH;
}

function entry({ article, html }: FeedItem): string {
  const url = article.url ?? absoluteUrl(articlePath(article.slug));
  const authors = (article.author ?? [])
    .map(
      (a) => `<author><name>${x(a.name)}</name>${a.url ? `<uri>${x(a.url)}</uri>` : ""}</author>`,
    )
    .join("");
  const categories = [article.articleSection, ...(article.keywords ?? [])]
    .filter((term): term is string => Boolean(term))
    .map((term) => `<category term="${x(term)}"/>`)
    .join("");
  return [
    `<entry xml:lang="${x(article.inLanguage ?? SITE_LANGUAGE)}">`,
    `<id>${x(url)}</id>`,
    `<title type="text">${x(article.headline)}</title>`,
    `<link rel="alternate" type="text/html" href="${x(url)}"/>`,
    `<link rel="alternate" type="text/markdown" href="${x(absoluteUrl(markdownPath(article.slug)))}"/>`,
    article.datePublished ? `<published>${x(article.datePublished)}</published>` : "",
    `<updated>${x(updatedOf(article))}</updated>`,
    authors,
    categories,
    `<summary type="text">${x(excerpt(article))}</summary>`,
    `<content type="html">${x(html)}</content>`,
    "</entry>",
  ].join("\n");
}

/** An Atom 1.0 feed of the items (newest first), each with its full content as HTML. */
export function atomFeed(items: readonly FeedItem[]): string {
  const updated =
    items
      .map((item) => updatedOf(item.article))
      .sort()
      .at(-1) ?? EPOCH;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${SITE_LANGUAGE}">`,
    `<id>${x(absoluteUrl("/"))}</id>`,
    `<title>${x(SITE_NAME)}</title>`,
    `<subtitle>${x(SITE_DESCRIPTION)}</subtitle>`,
    `<updated>${x(updated)}</updated>`,
    `<author><name>${x(SITE_NAME)}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${x(absoluteUrl(ATOM_FEED_PATH))}"/>`,
    `<link rel="alternate" type="text/html" href="${x(absoluteUrl("/"))}"/>`,
    ...items.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
