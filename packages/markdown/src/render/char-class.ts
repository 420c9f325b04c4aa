/** How a character counts next to an emphasis delimiter. */
export type CharClass = "space" | "punct" | "other";

/** Whitespace for CommonMark 0.31: a Unicode space separator, tab, line feed, form feed, return. */
export const CMARK_SPACE = /^[\p{Zs}\t\n\f\r]$/u;
/** Whitespace for JavaScript parsers (`\s`). */
export const JS_SPACE = /^\s$/u;
/** Punctuation for CommonMark 0.31: Unicode P and S. */
export const PUNCT = /^[\p{P}\p{S}]$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;

/** The class of a character by CommonMark 0.31 (Unicode whitespace; P and S punctuation). */
export function commonmarkClass(char: string): CharClass {
  if (CMARK_SPACE.test(char)) return "space";
  return PUNCT.test(char) ? "punct" : "other";
}

/**
 * The class of a character as commonmark.js (the reference parser in JavaScript) sees it: JS
 * `\s` is space, and it looks at one UTF-16 unit, so a character beyond U+FFFF is a letter.
 */
export function commonmarkJsClass(char: string): CharClass {
  if (JS_SPACE.test(char)) return "space";
  if (char.length > 1) return "other";
  return PUNCT.test(char) ? "punct" : "other";
}

/**
 * Punctuation that marked counts as a letter next to a delimiter run of `delimiter`: a `~` next
 * to `*` or `_` except as the character before an opening run, and a `*` or `_` before an
 * opening `~` run (marked's `punctuation` rule, which its strikethrough opener checks the
 * character before against, leaves them out: `a_~~|b~~` is no strikethrough for marked, though
 * it is for cmark-gfm).
 */
export function markedLetterPunctuation(
  char: string,
  delimiter: string,
  beforeOpener: boolean,
): boolean {
  if (delimiter === "~") return beforeOpener && (char === "*" || char === "_");
  return char === "~" && !beforeOpener;
}

/**
 * The class of a character as marked sees it: JS `\s` is space; some punctuation counts as a
 * letter next to some delimiters (markedLetterPunctuation); and before an opening run marked
 * looks at half a surrogate pair, so a character beyond U+FFFF counts as a letter there.
 */
export function markedClass(char: string, delimiter: string, beforeOpener: boolean): CharClass {
  if (JS_SPACE.test(char)) return "space";
  if (beforeOpener && char.length > 1) return "other";
  if (markedLetterPunctuation(char, delimiter, beforeOpener)) return "other";
  return PUNCT.test(char) ? "punct" : "other";
}

/** A character JavaScript counts as whitespace and CommonMark does not (U+2028, U+FEFF, …). */
export function isAmbiguousSpace(char: string): boolean {
  return JS_SPACE.test(char) && !CMARK_SPACE.test(char);
}

/** Whitespace every parser agrees on (a Unicode space separator). */
export function isPlainSpace(char: string): boolean {
  return SPACE_SEPARATOR.test(char);
}

/** Whitespace some parser strips or treats as a space (JS `\s`). */
export function isAnySpace(char: string): boolean {
  return JS_SPACE.test(char) || CMARK_SPACE.test(char);
}

/** ASCII punctuation: the characters a backslash can escape. */
export function isAsciiPunctuation(char: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(char);
}
