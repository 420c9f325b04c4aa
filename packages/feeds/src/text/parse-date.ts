const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** RFC 822 zone names and their offsets from UTC in hours. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
const RFC822_DATE =
  /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]+|[+-]\d{4}|[+-]\d{2}:\d{2}))?)?$/i;

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === "") return 0;
  const sign = zone[0];
  if (sign === "+" || sign === "-") {
    const digits = zone.slice(1).replace(":", "");
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
    return sign === "-" ? -minutes : minutes;
  }
  const hours = ZONES[zone.toLowerCase()];
  return hours === undefined ? undefined : hours * 60;
}

function toIso(
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
  milliseconds: number,
  offset: number,
): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 24 || minutes > 59)
    return undefined;
  if (seconds > 60) return undefined;
  const time = Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds);
  const date = new Date(time - offset * 60_000);
  if (Number.isNaN(date.getTime()) || new Date(time).getUTCDate() !== day) return undefined;
  return date.toISOString();
}

function fromIso(match: RegExpExecArray): string | undefined {
  const [, year, month, day, hours, minutes, seconds, fraction, zone] = match;
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  return toIso(
    Number(year),
    Number(month ?? 1),
    Number(day ?? 1),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    Number(seconds ?? 0),
    Math.round(Number(`0.${fraction ?? 0}`) * 1000),
    offset,
  );
}

function fromRfc822(match: RegExpExecArray): string | undefined {
  const [, day, monthName, yearText, hours, minutes, seconds, zone] = match;
  const month = MONTHS.indexOf((monthName ?? "").slice(0, 3).toLowerCase()) + 1;
  const offset = offsetMinutes(zone);
  if (month === 0 || offset === undefined || yearText === undefined) return undefined;
  const shortYear = Number(yearText);
  const year =
    yearText.length === 2 ? (shortYear < 50 ? 2000 + shortYear : 1900 + shortYear) : shortYear;
  return toIso(
    year,
    month,
    Number(day),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    Number(seconds ?? 0),
    0,
    offset,
  );
}

/**
 * A feed's date as ISO 8601 in UTC: RFC 822 (RSS: `Tue, 10 Jun 2003 04:00:00 GMT`, two-digit
 * years, zone names and offsets) or RFC 3339 / W3C date-time (Atom, JSON Feed, Dublin Core:
 * `2003-12-13T18:30:02.25+01:00`, `2003-12-13`); undefined for anything else.
 */
export function parseFeedDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (trimmed === "" || trimmed.length > 80) return undefined;
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) return fromIso(iso);
  const rfc822 = RFC822_DATE.exec(trimmed);
  return rfc822 === null ? undefined : fromRfc822(rfc822);
}
