import { englishLongDate } from "./english-long-date.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const OPTIONS = { dateStyle: "long", timeZone: "UTC" } as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The long date format of a language (English where the language is not known), made once. */
function formatFor(language: string): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(language, OPTIONS);
    } catch {
      format = new Intl.DateTimeFormat("en", OPTIONS);
    }
    formats.set(language, format);
  }
  return format;
}

/**
 * The calendar date of a model date-time as a reader expects it in the article's language
 * (`March 3, 2025`, `25. Oktober 2025`), taken in the date-time's own offset. English, the
 * common case, is written without ICU (english-long-date.test.ts proves it the same).
 */
export function printedDate(dateTime: string, language = "en"): string {
  const match = DATE.exec(dateTime);
  if (!match) return dateTime;
  const [, year, month, day] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  return language === "en" ? englishLongDate(time) : formatFor(language).format(time);
}
