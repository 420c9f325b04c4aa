/** A list item's marker, read from the start of a line. */
export interface ListMarker {
  ordered: boolean;
  /** The item's number, for numbered items. */
  number?: number;
  /** The item's text after the marker. */
  text: string;
}

const BULLETS = new Set(["-", "*", "+", "•", "◦", "▪", "‣", "●"]);
const MAX_DIGITS = 9;

function itemText(line: string, from: number): string | undefined {
  if (!/\s/.test(line.charAt(from))) return undefined;
  const text = line.slice(from).trim();
  return text === "" ? undefined : text;
}

/**
 * Reads a list marker at the start of a line: a bullet (`- `, `* `, `+ `, `• `, `◦ `, `▪ `,
 * `‣ `, `● `) or a number of up to nine digits followed by `. ` or `) `. A marker needs a space
 * and some text after it, so `--`, `***` and `1.5 million` are not markers.
 */
export function parseListMarker(line: string): ListMarker | undefined {
  if (BULLETS.has(line.charAt(0))) {
    const text = itemText(line, 1);
    return text === undefined ? undefined : { ordered: false, text };
  }
  let digits = 0;
  while (digits < line.length && line.charCodeAt(digits) >= 48 && line.charCodeAt(digits) <= 57) {
    digits++;
    if (digits > MAX_DIGITS) return undefined;
  }
  if (digits === 0) return undefined;
  const delimiter = line.charAt(digits);
  if (delimiter !== "." && delimiter !== ")") return undefined;
  const text = itemText(line, digits + 1);
  if (text === undefined) return undefined;
  return { ordered: true, number: Number(line.slice(0, digits)), text };
}
