import type { Cell } from "../render/cell.js";
import { type TextFilter, textFilter } from "../render/text-filter.js";

function twoDollars(sketch: string): boolean {
  const first = sketch.indexOf("$");
  return first !== -1 && sketch.includes("$", first + 1);
}

function escapeMathDollarsPass(cells: Cell[]): Cell[] {
  const dollars = cells.filter(
    (cell): cell is Extract<Cell, { kind: "text" }> =>
      cell.kind === "text" && cell.char === "$" && !cell.encode,
  );
  if (dollars.length >= 2) for (const cell of dollars) cell.escape = true;
  return cells;
}

/**
 * GitHub reads `$…$` and `$$…$$` as math: where running text has two dollar signs or more, each
 * is escaped (`\$`). A single `$4` stays as it is.
 */
export const escapeMathDollars: TextFilter = textFilter(escapeMathDollarsPass, twoDollars);
