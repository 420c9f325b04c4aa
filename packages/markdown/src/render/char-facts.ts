import {
  type CharClass,
  CMARK_SPACE,
  JS_SPACE,
  markedLetterPunctuation,
  PUNCT,
} from "./char-class.js";

/**
 * What the three parsers' classes of a character (commonmarkClass, commonmarkJsClass,
 * markedClass) are made from, worked out once for the character instead of once a parser.
 */
export interface CharFacts {
  char: string;
  cmarkSpace: boolean;
  jsSpace: boolean;
  punct: boolean;
  /** Beyond U+FFFF: two UTF-16 units. */
  wide: boolean;
}

function factsOf(char: string): CharFacts {
  return {
    char,
    cmarkSpace: CMARK_SPACE.test(char),
    jsSpace: JS_SPACE.test(char),
    punct: PUNCT.test(char),
    wide: char.length > 1,
  };
}

const ASCII_FACTS: readonly CharFacts[] = Array.from({ length: 128 }, (_, code) =>
  factsOf(String.fromCharCode(code)),
);

/** The facts of one character (a code point), read from a table for ASCII. */
export function charFacts(char: string): CharFacts {
  if (char.length === 1) {
    const code = char.charCodeAt(0);
    if (code < 128) return ASCII_FACTS[code] as CharFacts;
  }
  return factsOf(char);
}

/** Which parser a class is for, in the order fixFlanking weighs them. */
export type Parser = "commonmark" | "commonmark.js" | "marked";

export const ALL_PARSERS: readonly Parser[] = ["commonmark", "commonmark.js", "marked"];

/**
 * The class of a character for one parser, from its facts: what commonmarkClass,
 * commonmarkJsClass and markedClass give for it (char-facts.test.ts checks every code unit).
 */
export function classOfFacts(
  facts: CharFacts,
  parser: Parser,
  delimiter: string,
  beforeOpener: boolean,
): CharClass {
  switch (parser) {
    case "commonmark":
      if (facts.cmarkSpace) return "space";
      return facts.punct ? "punct" : "other";
    case "commonmark.js":
      if (facts.jsSpace) return "space";
      if (facts.wide) return "other";
      return facts.punct ? "punct" : "other";
    default:
      if (facts.jsSpace) return "space";
      if (beforeOpener && facts.wide) return "other";
      if (markedLetterPunctuation(facts.char, delimiter, beforeOpener)) return "other";
      return facts.punct ? "punct" : "other";
  }
}
