const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * A UTC time value's calendar date as `Intl.DateTimeFormat("en", { dateStyle: "long",
 * timeZone: "UTC" })` writes it (`August 3, 2025`), for the years printedDate makes (100 to
 * 9999), without ICU.
 */
export function englishLongDate(time: number): string {
  const date = new Date(time);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
