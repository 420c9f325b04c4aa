import type { LoadedArticle } from "./content-result.js";

const collator = new Intl.Collator("en", { numeric: true });

function publishedTime(entry: LoadedArticle): number {
  const time = entry.article.datePublished ? Date.parse(entry.article.datePublished) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Sort order for a publication: newest first by `datePublished` (compared as instants, so
 * offsets count), undated articles last, then by headline, then by file for a stable order.
 */
export function compareArticles(a: LoadedArticle, b: LoadedArticle): number {
  const timeA = publishedTime(a);
  const timeB = publishedTime(b);
  if (timeA !== timeB) return timeA > timeB ? -1 : 1;
  return (
    collator.compare(a.article.headline, b.article.headline) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}
