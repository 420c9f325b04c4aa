import { type Cell, cellOut } from "./cell.js";
import { isAsciiPunctuation } from "./char-class.js";

/**
 * Escapes each backslash that the output right after it would turn into an escape or a hard
 * break: run last, once every neighbour's final form (escaped, encoded, syntax) is known.
 */
export function escapeBackslashes(cells: Cell[]): void {
  cells.forEach((cell, index) => {
    if (cell.kind !== "text" || cell.char !== "\\" || cell.escape || cell.encode) return;
    const next = cells[index + 1];
    const following = next === undefined ? undefined : cellOut(next)[0];
    cell.escape = following === undefined || following === "\n" || isAsciiPunctuation(following);
  });
}
