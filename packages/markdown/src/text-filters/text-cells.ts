import type { Cell } from "../render/cell.js";

/** A text cell: one character of running text. */
export type TextCell = Extract<Cell, { kind: "text" }>;

/** The text cell at an index, if that cell is text. */
export function textAt(cells: readonly Cell[], index: number): TextCell | undefined {
  const cell = cells[index];
  return cell?.kind === "text" ? cell : undefined;
}

/** Whether the cell at an index starts a line: the first cell, or the one after a line break. */
export function startsLine(cells: readonly Cell[], index: number): boolean {
  const previous = cells[index - 1];
  return previous === undefined || (previous.kind === "break" && !previous.entity);
}

/** The characters of the text cells right before an index (stopping at any other cell). */
export function textBefore(cells: readonly Cell[], index: number, length: number): string {
  let out = "";
  for (let at = index - 1; at >= 0 && out.length < length; at--) {
    const cell = textAt(cells, at);
    if (!cell) break;
    out = cell.char + out;
  }
  return out;
}

/** The characters of the text cells from an index on (stopping at any other cell). */
export function textFrom(cells: readonly Cell[], index: number, length: number): string {
  let out = "";
  for (let at = index; at < cells.length && out.length < length; at++) {
    const cell = textAt(cells, at);
    if (!cell) break;
    out += cell.char;
  }
  return out;
}
