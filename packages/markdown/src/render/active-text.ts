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
 * Every character of ACTIVE_CHAR and ACTIVE_CHAR_IN_LINK, and `^`, `{`, `|` and `}`, in one class
 * of few ranges, which V8 scans through prose faster than either (a class of more ranges, with
 * `$` or `:` say, is scanned several times slower): text it finds nothing in holds neither, and
 * only text where it finds something is scanned again by the exact pattern. Text filters may
 * rely on text it finds nothing in holding none of these (TextFilter's mayActUnscreened).
 */
const SCREEN = /[\t-\r!&*<@[-`{-~\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether the text holds a character of the screen (see SCREEN). */
export function screened(text: string): boolean {
  return SCREEN.test(text);
}

/**
 * How running text stands: `clean`, no character of the screen and no autolink trigger;
 * `screened`, a character of the screen but none the escaping renderer may act on; `active`, a
 * character the escaping renderer may act on, or a `www.` or `scheme://` autolink trigger
 * (whose dot or colon is escaped). In link text (`inLink`) `@`, `www.` and `://` do not count.
 */
export function textState(text: string, inLink: boolean): "clean" | "screened" | "active" {
  if (!SCREEN.test(text)) {
    return !inLink && (text.includes("www.") || text.includes("://")) ? "active" : "clean";
  }
  if ((inLink ? ACTIVE_CHAR_IN_LINK : ACTIVE_CHAR).test(text)) return "active";
  return !inLink && (text.includes("www.") || text.includes("://")) ? "active" : "screened";
}

/**
 * Whether running text holds a character the escaping renderer may act on, or a `www.` or
 * `scheme://` autolink trigger (whose dot or colon is escaped).
 */
export function hasActiveText(text: string): boolean {
  return textState(text, false) === "active";
}

/** Whether link text holds a character the escaping renderer may act on there. */
export function hasActiveLinkText(text: string): boolean {
  return textState(text, true) === "active";
}
