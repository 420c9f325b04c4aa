/**
 * The bundle's text with every non-ASCII character written as a `\uXXXX` escape (esbuild leaves
 * them in regular expression literals), which means the same in strings, templates and regular
 * expressions, with or without the `u` and `v` flags (a surrogate pair of escapes is one code
 * point there). Pure ASCII, V8 holds the bundle's source as one byte per character, not two.
 */
export function asciiOnly(text) {
  return text.replace(
    /[^\0-\x7f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
