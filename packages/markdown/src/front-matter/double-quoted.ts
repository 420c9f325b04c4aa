/**
 * What a double-quoted scalar cannot hold as it is: `"` and `\`, controls, DEL and the C1
 * controls (not printable in YAML), surrogates (a lone one has no UTF-8 form), U+2028 and U+2029
 * (line breaks to YAML 1.1 readers), the byte order mark and the non-characters U+FFFE, U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this finds.
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/;

/** What JSON.stringify leaves as it is but YAML may not hold raw. */
const RAW_BUT_NOT_YAML = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A string as a double-quoted YAML scalar on one line: as it is between quotes when it holds
 * nothing to escape, else with JSON's escapes (`\"`, `\\`, `\n`, `\t`, `\u0001`, …), which
 * YAML 1.1 and 1.2 double quotes read the same way, and `\uXXXX` for the characters YAML must
 * not hold raw.
 */
export function doubleQuoted(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  return JSON.stringify(text).replace(RAW_BUT_NOT_YAML, unicodeEscape);
}
