/**
 * What JSON.stringify leaves as it is that YAML may not hold raw: DEL and the C1 controls (not
 * printable in YAML), U+2028 and U+2029 (line breaks to YAML 1.1 readers), the byte order mark
 * and the non-characters U+FFFE and U+FFFF.
 */
const RAW_BUT_NOT_YAML = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A string as a double-quoted YAML scalar on one line: JSON's escapes (`\"`, `\\`, `\n`, `\t`,
 * `\u0001`, …), which YAML 1.1 and 1.2 double quotes read the same way, and `\uXXXX` for the
 * characters YAML must not hold raw.
 */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(RAW_BUT_NOT_YAML, unicodeEscape);
}
