import type { LoadedArticle } from "./content-result.js";

/** What the publication's order looks at: the publication instant, the headline, the file. */
export interface OrderKey {
  /** `datePublished` as epoch milliseconds; null or undefined when undated. */
  publishedMs?: number | null;
  headline: string;
  file: string;
}

/** Made at the first comparison: making a collator loads ICU's collation data (milliseconds). */
let collator: Intl.Collator | undefined;

/**
 * Sort order for a publication: newest first by publication instant (so offsets count), undated
 * last, then by headline, then by file for a stable order.
 */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  const timeA = a.publishedMs ?? Number.NEGATIVE_INFINITY;
  const timeB = b.publishedMs ?? Number.NEGATIVE_INFINITY;
  if (timeA !== timeB) return timeA > timeB ? -1 : 1;
  collator ??= new Intl.Collator("en", { numeric: true });
  return (
    collator.compare(a.headline, b.headline) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

function orderKey({ article, file }: LoadedArticle): OrderKey {
  const time = article.datePublished ? Date.parse(article.datePublished) : Number.NaN;
  return { publishedMs: Number.isNaN(time) ? null : time, headline: article.headline, file };
}

/** {@link compareOrderKeys} for loaded articles. */
export function compareArticles(a: LoadedArticle, b: LoadedArticle): number {
  return compareOrderKeys(orderKey(a), orderKey(b));
}
