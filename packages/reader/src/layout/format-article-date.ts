import { ENGLISH_MONTHS } from "@broadsheet/article";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";

/**
 * An ISO 8601 date or date-time as a reader would write it (`14 September 2025`), taking the
 * calendar date as written (in the article's own offset, not the reader's time zone). Anything
 * that does not start with a date is returned sanitized as it is.
 */
export function formatArticleDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? ENGLISH_MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return sanitizeForTerminal(iso).replaceAll("\n", " ");
  return `${Number(match[3])} ${month} ${match[1]}`;
}
