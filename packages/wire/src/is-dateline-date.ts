const MONTHS = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));

function isMonth(word: string): boolean {
  const bare = word.endsWith(".") ? word.slice(0, -1) : word;
  return MONTHS.has(bare.toLowerCase());
}

function isDay(word: string): boolean {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31;
}

/** Whether a word is a four-digit year such as `2025`. */
export function isYear(word: string): boolean {
  return /^(?:1[89]|2\d)\d\d$/.test(word);
}

/**
 * Whether text is the date part of a dateline as wires print it: `Sept. 14`, `Sept 14`,
 * `March 3`, `14 September`, `14 September 2025`, an ISO date `2025-09-14`, or a weekday.
 */
export function isDatelineDate(text: string): boolean {
  const words = text.split(" ");
  const [first = "", second = "", third] = words;
  if (words.length === 1)
    return WEEKDAYS.has(first.toLowerCase()) || /^\d{4}-\d\d-\d\d$/.test(first);
  if (words.length > 3 || (third !== undefined && !isYear(third))) return false;
  return (isMonth(first) && isDay(second)) || (isDay(first) && isMonth(second));
}

/** Whether a word names a month or a weekday, so it cannot be a dateline's place. */
export function isCalendarWord(word: string): boolean {
  return isMonth(word) || WEEKDAYS.has(word.toLowerCase());
}
