const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The calendar date of a model date-time as a reader expects it in the article's language
 * (`March 3, 2025`, `25. Oktober 2025`), taken in the date-time's own offset.
 */
export function printedDate(dateTime: string, language = "en"): string {
  const match = DATE.exec(dateTime);
  if (!match) return dateTime;
  const [, year, month, day] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const options = { dateStyle: "long", timeZone: "UTC" } as const;
  try {
    return new Intl.DateTimeFormat(language, options).format(utc);
  } catch {
    return new Intl.DateTimeFormat("en", options).format(utc);
  }
}
