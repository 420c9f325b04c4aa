import { type Cell, cellOut } from "./cell.js";

/**
 * Whether a hard break right before this cell must be `&#10;`: marked parses link text and
 * emphasis on their own (a final hard break there is not one), and in list items takes a line
 * that starts with an HTML tag for an HTML block.
 */
function unsafeAfterBreak(cell: Cell | undefined): boolean {
  if (cell === undefined || cell.kind === "text" || cell.kind === "break" || cell.kind === "code")
    return false;
  const out = cellOut(cell);
  return (
    out.startsWith("]") || out.startsWith("<") || (cell.kind === "delim" && cell.role === "close")
  );
}

/**
 * Writes a hard break as `&#10;` where the cell after it would make a backslash break misread:
 * run while escaping line starts, and again once delimiters may have become HTML tags.
 */
export function settleBreaks(cells: Cell[]): void {
  cells.forEach((cell, index) => {
    if (cell.kind === "break" && unsafeAfterBreak(cells[index + 1])) cell.entity = true;
  });
}
