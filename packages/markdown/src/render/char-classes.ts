import type { Flanking } from "./text-rules.js";

/** How a character counts next to an emphasis delimiter. */
export type CharClass = "space" | "punct" | "other";

const CMARK_SPACE = /^[\p{Zs}\t\n\f\r]$/u;
const JS_SPACE = /^\s$/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
const PUNCT_OR_ASCII = /^(?:\p{P}|[!-/:-@[-`{-~])$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * Punctuation that marked counts as a letter next to a delimiter run of `delimiter`: a `~` next
 * to `*` or `_` except as the character before an opening run, and a `*` or `_` before an
 * opening `~` run (marked's `punctuation` rule, which its strikethrough opener checks the
 * character before against, leaves them out: `a_~~|b~~` is no strikethrough for marked, though
 * it is for cmark-gfm).
 */
function markedLetter(char: string, delimiter: string, beforeOpener: boolean): boolean {
  if (delimiter === "~") return beforeOpener && (char === "*" || char === "_");
  return char === "~" && !beforeOpener;
}

/**
 * The class of a character (a code point) for a family of readers:
 * - `commonmark`: CommonMark 0.31 (cmark, micromark, markdown-it): a Unicode space separator,
 *   tab, line feed, form feed or return is space; Unicode P and S are punctuation;
 * - `commonmark.js`: JavaScript's `\s` is space, and it looks at one UTF-16 unit, so a
 *   character beyond U+FFFF is a letter;
 * - `marked`: `\s` is space; some punctuation counts as a letter next to some delimiters; and
 *   before an opening run it looks at half a surrogate pair, so a character beyond U+FFFF
 *   counts as a letter there;
 * - `unicode-p`: CommonMark 0.29 and 0.30 (cmark-gfm, Goldmark, pandoc): Unicode P and ASCII
 *   punctuation are punctuation, other symbols (`€`, `©`) letters;
 * - `redcarpet`: `\s` is space, letters and digits are letters, anything else punctuation.
 */
export function classOf(
  char: string,
  flanking: Flanking,
  delimiter = "*",
  beforeOpener = false,
): CharClass {
  const variant =
    FLANKINGS.indexOf(flanking) * 6 + "*_~".indexOf(delimiter) * 2 + (beforeOpener ? 1 : 0);
  let classes = KNOWN.get(char);
  if (classes === undefined) {
    classes = [];
    if (KNOWN.size < 4096) KNOWN.set(char, classes);
  }
  classes[variant] ??= classify(char, flanking, delimiter, beforeOpener);
  return classes[variant] as CharClass;
}

function classify(
  char: string,
  flanking: Flanking,
  delimiter: string,
  beforeOpener: boolean,
): CharClass {
  switch (flanking) {
    case "commonmark":
      if (CMARK_SPACE.test(char)) return "space";
      return PUNCT_OR_SYMBOL.test(char) ? "punct" : "other";
    case "commonmark.js":
      if (JS_SPACE.test(char)) return "space";
      if (char.length > 1) return "other";
      return PUNCT_OR_SYMBOL.test(char) ? "punct" : "other";
    case "marked":
      if (JS_SPACE.test(char)) return "space";
      if (beforeOpener && char.length > 1) return "other";
      if (markedLetter(char, delimiter, beforeOpener)) return "other";
      return PUNCT_OR_SYMBOL.test(char) ? "punct" : "other";
    case "unicode-p":
      if (CMARK_SPACE.test(char)) return "space";
      return PUNCT_OR_ASCII.test(char) ? "punct" : "other";
    default:
      if (JS_SPACE.test(char)) return "space";
      return LETTER_OR_DIGIT.test(char) ? "other" : "punct";
  }
}

const FLANKINGS: readonly Flanking[] = [
  "commonmark",
  "commonmark.js",
  "marked",
  "unicode-p",
  "redcarpet",
];

/** classify's answers, worked out once for each character (the first few thousand met). */
const KNOWN = new Map<string, CharClass[]>();
