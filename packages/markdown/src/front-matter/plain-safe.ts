/**
 * A letter first, then only letters, combining marks, digits, spaces and punctuation that means
 * nothing inside a plain scalar in block context, to YAML 1.1 and 1.2 readers alike.
 */
const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} .,;:'’‘“”„‚«»‹›()/?!&+=%$@_…–—-]*$/u;

/**
 * Plain words that are not text to some reader: booleans and null to YAML 1.1 readers (Ruby's
 * Psych, go-yaml v2 in Hugo) or the core schema, and an exponent without a mantissa, a number
 * to the yaml package's YAML 1.1 schema.
 */
const NOT_TEXT = /^(?:y|n|yes|no|on|off|true|false|null|e[-+]?[0-9]+)$/i;

/**
 * Whether a string may be written as a plain YAML scalar and read back as the same string by
 * YAML 1.1 and 1.2 readers: it starts with a letter (no indicator, number, date or `~`),
 * holds only letters, marks, digits, spaces and `.,;:'’‘“”„‚«»‹›()/?!&+=%$@_…–—-`, is not one
 * of the words above, holds no `: ` and does not end in a space or `:`. Anything else is
 * double-quoted.
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
