import type { Cell } from "../render/cell.js";
import { type TextFilter, textFilter } from "../render/text-filter.js";
import { byLength, containsAny } from "./contains-any.js";
import { startsLine, textAt } from "./text-cells.js";
import { writeBreaks } from "./write-breaks.js";

/** A text cell of whitespace `trim` removes. */
function blank(cell: Cell | undefined): boolean {
  return cell?.kind === "text" && cell.char.trim() === "";
}

/**
 * Whether the cell at the index is the only thing on its line but whitespace. It looks only as
 * far as the nearest cell that is not blank on either side, so the lines of a long run of `^`
 * are not read again for each of them.
 */
function aloneOnLine(cells: readonly Cell[], index: number): boolean {
  let start = index;
  while (!startsLine(cells, start) && blank(cells[start - 1])) start--;
  if (!startsLine(cells, start)) return false;
  let end = index + 1;
  while (blank(cells[end])) end++;
  const after = cells[end];
  return after === undefined || (after.kind === "break" && !after.entity);
}

function kramdownTextPass(cells: Cell[]): Cell[] {
  cells.forEach((cell, index) => {
    if (cell.kind !== "text" || cell.encode) return;
    const next = textAt(cells, index + 1)?.char;
    const previous = textAt(cells, index - 1)?.char;
    switch (cell.char) {
      case "|":
        cell.escape = true;
        break;
      case "&":
      case "@":
        if (cell.escape) {
          cell.escape = false;
          cell.encode = true;
        }
        break;
      case "$":
        if (next === "$" || previous === "$") cell.escape = true;
        break;
      case "{":
        if (next === ":" || next === "#") cell.escape = true;
        break;
      case ">":
        if (next === ">") cell.escape = true;
        break;
      case ":":
        if (startsLine(cells, index)) cell.escape = true;
        break;
      case "^":
        if (aloneOnLine(cells, index)) cell.encode = true;
        break;
      default:
        break;
    }
  });
  return writeBreaks(cells, "  \n");
}

/**
 * What kramdown (Jekyll's Markdown) reads differently from CommonMark: any line with a `|` can
 * start a table, `$$` is math, `{:` and `{#` are attribute lists, `>>` a guillemet, `: ` at a line
 * start a definition, `^` alone a block end, and hard breaks are two trailing spaces. It cannot
 * escape `&` or `@`, so those are written as character references instead.
 */
export const kramdownText: TextFilter = textFilter(
  kramdownTextPass,
  byLength(/[|^]|\$\$|\{[:#]|>>/, containsAny("|", "^", "$$", "{:", "{#", ">>")),
  containsAny("$$", ">>"),
);
