/** One line of wire copy: its 1-based number, how far it is indented, and its trimmed text. */
export interface WireLine {
  number: number;
  indent: number;
  text: string;
}

const TAB_WIDTH = 4;

function indentOf(raw: string): number {
  let indent = 0;
  for (const character of raw) {
    if (character === "\t") indent += TAB_WIDTH;
    else if (/\s/.test(character)) indent++;
    else break;
  }
  return indent;
}

/**
 * Turns decoded lines into wire lines: the indentation is measured (a tab counts as four spaces),
 * the text is trimmed, and tabs and runs of spaces inside it become single spaces. No-break spaces
 * inside the text are kept.
 */
export function toWireLines(lines: readonly string[]): WireLine[] {
  return lines.map((raw, index) => ({
    number: index + 1,
    indent: indentOf(raw),
    text: raw.trim().replace(/\t[\t ]*| [\t ]+/g, " "),
  }));
}
