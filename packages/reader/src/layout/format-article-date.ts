import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";

const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * An ISO 8601 date or date-time as a reader would write it (`14 September 2025`), taking the
 * calendar date as written (in the article's own offset, not the reader's time zone). Anything
 * that does not start with a real calendar date is returned sanitized as it is.
 */
export function formatArticleDate(iso: string): string {
  const written = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? "";
  const date = new Date(`${written}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== written) {
    return sanitizeForTerminal(iso).replaceAll("\n", " ");
  }
  return dayMonthYear.format(date);
}
