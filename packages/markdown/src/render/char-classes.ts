import type { Flanking } from "./text-rules.js";

/** How a character counts next to an emphasis delimiter. */
export type CharClass = "space" | "punct" | "other";

const CMARK_SPACE = /^[\p{Zs}\t\n\f\r]$/u;
const JS_SPACE = /^\s$/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
const PUNCT_OR_ASCII = /^(?:\p{P}|[!-/:-@[-`{-~])$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const FLANKINGS: readonly Flanking[] = [
  "commonmark",
  "commonmark.js",
  "marked",
  "unicode-p",
  "redcarpet",
];

/**
 * The class of a character (a code point) for a family of readers:
 * - `commonmark`: CommonMark 0.31 (cmark, micromark, markdown-it): Unicode space separators,
 *   tab, line feed, form feed and return are space; Unicode P and S punctuation;
 * - `commonmark.js`: JavaScript's `\s` is space, and a character beyond U+FFFF (two UTF-16
 *   units, of which it sees one) a letter;
 * - `marked`: `\s` is space; before an opening run a character beyond U+FFFF is a letter; and a
 *   `~` next to `*` or `_` (but before an opener), or a `*` or `_` before an opening `~` run,
 *   counts as a letter (its punctuation rule leaves them out: `a_~~|b~~` is no strikethrough);
 * - `unicode-p`: CommonMark 0.29 and 0.30 (cmark-gfm, Goldmark, pandoc): Unicode P and ASCII
 *   punctuation are punctuation, other symbols (`€`, `©`) letters;
 * - `redcarpet`: `\s` is space, letters and digits letters, anything else punctuation.
 */
function classify(char: string, flanking: Flanking, delimiter: string, opener: boolean): CharClass {
  const space = flanking === "commonmark" || flanking === "unicode-p" ? CMARK_SPACE : JS_SPACE;
  if (space.test(char)) return "space";
  if (flanking === "redcarpet") return LETTER_OR_DIGIT.test(char) ? "other" : "punct";
  if (flanking === "unicode-p") return PUNCT_OR_ASCII.test(char) ? "punct" : "other";
  if (char.length > 1 && (flanking === "commonmark.js" || (flanking === "marked" && opener))) {
    return "other";
  }
  if (flanking === "marked") {
    const letter =
      delimiter === "~" ? opener && (char === "*" || char === "_") : char === "~" && !opener;
    if (letter) return "other";
  }
  return PUNCT_OR_SYMBOL.test(char) ? "punct" : "other";
}

/** classify's answers, worked out once for each character (the first few thousand met). */
const KNOWN = new Map<string, CharClass[]>();

/** The class of a character next to a run of `delimiter` (`opener`: right before an opener). */
export function classOf(
  char: string,
  flanking: Flanking,
  delimiter = "*",
  opener = false,
): CharClass {
  const variant = FLANKINGS.indexOf(flanking) * 6 + "*_~".indexOf(delimiter) * 2 + (opener ? 1 : 0);
  let classes = KNOWN.get(char);
  if (classes === undefined) {
    classes = [];
    if (KNOWN.size < 4096) KNOWN.set(char, classes);
  }
  classes[variant] ??= classify(char, flanking, delimiter, opener);
  return classes[variant] as CharClass;
}
