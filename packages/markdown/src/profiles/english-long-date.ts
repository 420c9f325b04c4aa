import { ENGLISH_MONTHS } from "@broadsheet/article";

/**
 * A UTC time value's calendar date as `Intl.DateTimeFormat("en", { dateStyle: "long",
 * timeZone: "UTC" })` writes it (`August 3, 2025`), for the years printedDate makes (100 to
 * 9999), without ICU.
 */
export function englishLongDate(time: number): string {
  const date = new Date(time);
  return `${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
