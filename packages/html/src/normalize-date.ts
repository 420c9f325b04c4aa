import { Article } from "@broadsheet/article";

/** A page's date as the model holds it, and whether it had to be read as UTC (a guess). */
export interface PageDate {
  value: string;
  guessed: boolean;
}

/**
 * A date from a page's metadata as an ISO 8601 date-time with an offset: kept as it is when it is
 * one, else read by `Date` and written in UTC (a guess, since the page gave no offset). Undefined
 * when it is not a date.
 */
export function normalizeDate(text: string | undefined): PageDate | undefined {
  const trimmed = text?.trim();
  if (!trimmed || trimmed.length > 64) return undefined;
  if (Article.shape.datePublished.safeParse(trimmed).success)
    return { value: trimmed, guessed: false };
  const withoutOffset = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?$/.test(trimmed);
  const time = trimmed.length === 10 ? "T00:00:00" : "";
  const date = new Date(withoutOffset ? `${trimmed}${time}Z` : trimmed);
  if (Number.isNaN(date.getTime())) return undefined;
  const value = date.toISOString();
  return Article.shape.datePublished.safeParse(value).success
    ? { value, guessed: true }
    : undefined;
}
