import { type Cell, cellOut } from "./cell.js";

const DELIMITERS = /[*_~]/g;

/**
 * How often each emphasis and strikethrough character (`*`, `_`, `~`) occurs in the inline
 * content's output: in text, in delimiter runs (counted whether or not they end up as HTML tags),
 * in code spans and in link destinations.
 */
export function delimiterCounts(cells: readonly Cell[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (char: string) => counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const cell of cells) {
    if (cell.kind === "text" || cell.kind === "delim") {
      if (/^[*_~]$/.test(cell.char)) add(cell.char);
    } else if (cell.kind === "code" || cell.kind === "syntax") {
      for (const char of cellOut(cell).match(DELIMITERS) ?? []) add(char);
    }
  }
  return counts;
}
