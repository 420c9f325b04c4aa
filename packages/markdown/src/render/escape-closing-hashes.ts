import type { Cell } from "./cell.js";
import { isAnySpace } from "./char-class.js";

/** Escapes a heading's trailing `#` run that a parser would take for the closing sequence. */
export function escapeClosingHashes(cells: Cell[]): void {
  let start = cells.length;
  while (start > 0) {
    const cell = cells[start - 1];
    if (cell?.kind !== "text" || cell.char !== "#" || cell.escape || cell.encode) break;
    start--;
  }
  const first = cells[start];
  if (start === cells.length || first?.kind !== "text") return;
  const before = cells[start - 1];
  if (
    before === undefined ||
    (before.kind === "text" && !before.encode && isAnySpace(before.char))
  ) {
    first.escape = true;
  }
}
