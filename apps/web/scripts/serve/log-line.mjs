const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const MAX_LENGTH = 500;

/**
 * `text` made safe for one line of a terminal or log: control characters (C0 with newline and
 * tab, DEL, C1), line and paragraph separators and bidi controls become visible escapes
 * (`\x1b`, `\u202e`), and text past 500 characters is cut with `…`.
 *
 * @param {string} text
 * @returns {string}
 */
export function sanitizeLine(text) {
  const safe = text.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  return safe.length > MAX_LENGTH ? `${safe.slice(0, MAX_LENGTH)}…` : safe;
}

/**
 * Writes one sanitised line to stderr, prefixed with the time.
 *
 * @param {string} message
 */
export function logLine(message) {
  process.stderr.write(`${new Date().toISOString()} ${sanitizeLine(message)}\n`);
}
