const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: string): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
    formatters.set(language, formatter);
  }
  return formatter;
}

/**
 * The calendar date of an ISO 8601 date or date-time as written (in its own UTC offset, so the
 * build machine's time zone never shifts it), spelled out in the language: `3 August 2025`.
 */
export function formatDate(iso: string, language: string): string {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return formatterFor(language).format(date);
}
