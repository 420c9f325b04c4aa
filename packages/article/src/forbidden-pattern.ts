/**
 * Characters that must never appear in article text: C0 controls other than tab and newline,
 * DEL, C1 controls, and the bidirectional embedding, override and isolate controls that can make
 * text display differently from how it reads ("Trojan Source"). A character-class body.
 */
export const FORBIDDEN_TEXT_CHARACTERS =
  "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069";

/** The noncharacters of the Basic Multilingual Plane, as a character-class body. */
export const BMP_NONCHARACTERS = "\\uFDD0-\\uFDEF\\uFFFE\\uFFFF";

/** U+1FFFE, U+1FFFF … U+10FFFF written as surrogate pairs, which read alike with and without `u`. */
const SUPPLEMENTARY_NONCHARACTERS = Array.from({ length: 16 }, (_, index) => {
  const high = (0xd83f + index * 0x40).toString(16).toUpperCase();
  return `\\u${high}\\uDFFE|\\u${high}\\uDFFF`;
}).join("|");

/** Every noncharacter (66 of them), as a regular-expression source that reads alike with and without `u`. */
export const NONCHARACTER_PATTERN = `[${BMP_NONCHARACTERS}]|${SUPPLEMENTARY_NONCHARACTERS}`;

const LONE_SURROGATE =
  "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";

/**
 * A regular-expression fragment, anchored at the start, that fails when the text holds a
 * forbidden character, a noncharacter, a lone surrogate, or one of `extra` (a class body). It
 * means the same with and without the `u` flag, so JSON Schema validators read it as zod does,
 * and runs in time linear in the text.
 */
export function withoutForbidden(extra = ""): string {
  return `^(?![\\s\\S]*?(?:[${FORBIDDEN_TEXT_CHARACTERS}${BMP_NONCHARACTERS}${extra}]|${SUPPLEMENTARY_NONCHARACTERS}|${LONE_SURROGATE}))`;
}
