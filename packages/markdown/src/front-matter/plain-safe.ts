/**
 * An ASCII letter or a character from U+00A1 to U+04FF first (Latin-1's signs and letters,
 * Latin Extended, IPA, combining accents, Greek, Cyrillic: printable, and nothing to YAML,
 * whose indicators, numbers, dates and words are all ASCII), then such characters, digits,
 * spaces and punctuation that means nothing inside a plain scalar. Few ranges: V8 tests a
 * class of few ranges several times faster than one of many.
 */
const PLAIN = /^[A-Za-z\u00a1-\u04ff][A-Za-z\u00a1-\u04ff0-9 .,;:'’‘“”„‚‹›()/?!&+=%$@_…–—-]*$/;

/**
 * Plain words that are not text to some reader: booleans and null to YAML 1.1 readers (Ruby's
 * Psych, go-yaml v2 in Hugo) or the core schema, and an exponent without a mantissa, a number
 * to the yaml package's YAML 1.1 schema.
 */
const NOT_TEXT = /^(?:y|n|yes|no|on|off|true|false|null|e[-+]?[0-9]+)$/i;

/**
 * Whether a string may be written as a plain YAML scalar and read back as the same string by
 * YAML 1.1 and 1.2 readers: it starts with an ASCII letter or a character from U+00A1 to
 * U+04FF (no indicator, number, date or `~`), holds only such characters, digits, spaces and
 * `.,;:'’‘“”„‚‹›()/?!&+=%$@_…–—-`, is not one of the words above, holds no `: ` and does not end
 * in a space or `:`. Anything else (other scripts too) is double-quoted.
 */
export function plainSafe(text: string): boolean {
  return (
    PLAIN.test(text) &&
    !NOT_TEXT.test(text) &&
    !text.includes(": ") &&
    !text.endsWith(" ") &&
    !text.endsWith(":")
  );
}
