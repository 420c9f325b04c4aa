import type { Cell } from "./cell.js";

type Delim = Extract<Cell, { kind: "delim" }>;

function isDelim(cell: Cell | undefined, role: "open" | "close", char: string): boolean {
  return cell?.kind === "delim" && cell.role === role && cell.char === char;
}

/**
 * Picks `*` or `_` for each emphasis and strong pair. Nested inside a `*` pair, `_` is used
 * (`**_both_**`): marked takes a `*` run inside another for a closer more often than CommonMark
 * does. And a run never closes right where another run of the same character opens
 * (`*a***b**`), which parsers read differently.
 */
export function chooseDelimiters(cells: Cell[]): void {
  const closeAt = new Map<number, number>();
  cells.forEach((cell, index) => {
    if (cell.kind === "delim" && cell.role === "close") closeAt.set(cell.id, index);
  });
  const open: Delim[] = [];
  cells.forEach((cell, index) => {
    if (cell.kind !== "delim" || cell.mark === "strike") return;
    if (cell.role === "close") {
      open.splice(open.lastIndexOf(cell), 1);
      return;
    }
    const closeIndex = closeAt.get(cell.id) as number;
    const close = cells[closeIndex] as Delim;
    const preferred = open.some((outer) => outer.char === "*") ? "_" : "*";
    const other = preferred === "*" ? "_" : "*";
    const clashes = (char: string) =>
      isDelim(cells[index - 1], "close", char) || isDelim(cells[closeIndex + 1], "open", char);
    const char = clashes(preferred) && !clashes(other) ? other : preferred;
    cell.char = char;
    close.char = char;
    open.push(cell);
  });
}
