/**
 * Text in lower case with every UTF-16 offset unchanged: a character whose lower case has another
 * length (`İ` becomes `i̇`) is kept as it is, so offsets into the result are offsets into the text.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}
