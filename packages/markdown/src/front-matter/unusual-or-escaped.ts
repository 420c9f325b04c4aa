/**
 * What the yaml package would write in another form than one plain or double-quoted line, or
 * with escapes (line breaks, tabs, control characters, surrogates, even paired, to keep this
 * simple, and the Unicode line separators), the `: ` and ` #` it never writes plain, and what
 * double quotes would escape.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the yaml package escapes control characters.
const UNUSUAL_OR_ESCAPED = /[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"\\]|: | #/;

/**
 * The characters of UNUSUAL_OR_ESCAPED, with `:` and `#` for its pairs, in one class: V8 scans
 * it faster than the pattern with its two-character alternatives (a space, which starts one of
 * them, is in most strings), and a string it finds nothing in holds nothing unusual.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the yaml package escapes control characters.
const SCREEN = /[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"#:\\]/;

/**
 * SCREEN without the colon: where it finds nothing, of UNUSUAL_OR_ESCAPED only `: ` is left to
 * look for, which one substring search settles (URLs and times hold colons, not `: `).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the yaml package escapes control characters.
const SCREEN_WITHOUT_COLON = /[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"#\\]/;

/**
 * Whether a string holds something the yaml package writes in another form than one plain or
 * double-quoted line, or with escapes: a control character or line break, a surrogate, U+2028
 * or U+2029, `: `, ` #`, or a `"` or `\` that double quotes escape.
 */
export function unusualOrEscaped(value: string): boolean {
  if (!SCREEN.test(value)) return false;
  return SCREEN_WITHOUT_COLON.test(value) ? UNUSUAL_OR_ESCAPED.test(value) : value.includes(": ");
}
