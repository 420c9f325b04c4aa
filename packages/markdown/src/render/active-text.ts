/**
 * The characters the escaping renderer may act on wherever they stand in running text
 * (emphasis, code, brackets, tags, references, `@` of an e-mail autolink, backslashes) and the
 * whitespace other than a plain space (`\s` but the space: line breaks, tabs, the spaces
 * parsers disagree on), spelled as two small classes.
 */
const ACTIVE_CHAR =
  /[*_~`[\]<&!@\\\t-\r]|[\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** ACTIVE_CHAR in link text, where `@` makes no autolink. */
const ACTIVE_CHAR_IN_LINK =
  /[*_~`[\]<&!\\\t-\r]|[\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Every character of ACTIVE_CHAR and ACTIVE_CHAR_IN_LINK, and `^`, in one class of few ranges,
 * which V8 scans through prose faster than either: text it finds nothing in holds neither, and
 * only text where it finds something is scanned again by the exact pattern.
 */
const SCREEN = /[\t-\r!&*<@[-`~\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether running text holds a character the escaping renderer may act on, or a `www.` or
 * `scheme://` autolink trigger (whose dot or colon is escaped).
 */
export function hasActiveText(text: string): boolean {
  return (
    (SCREEN.test(text) && ACTIVE_CHAR.test(text)) || text.includes("www.") || text.includes("://")
  );
}

/** Whether link text holds a character the escaping renderer may act on there. */
export function hasActiveLinkText(text: string): boolean {
  return SCREEN.test(text) && ACTIVE_CHAR_IN_LINK.test(text);
}
