import type { Cell } from "../render/cell.js";
import { type TextFilter, textFilter } from "../render/text-filter.js";
import { textBefore, textFrom } from "./text-cells.js";
import { wrapLiquidRuns } from "./wrap-liquid-runs.js";
import { writeBreaks } from "./write-breaks.js";

function escapeable(cell: Cell): cell is Extract<Cell, { kind: "text" }> {
  return cell.kind === "text" && !cell.encode;
}

function redcarpetTextPass(cells: Cell[]): Cell[] {
  cells.forEach((cell, index) => {
    if (!escapeable(cell)) return;
    switch (cell.char) {
      case "_":
      case "^":
        cell.escape = true;
        break;
      case "@":
        if (cell.escape) {
          cell.escape = false;
          cell.encode = true;
        }
        break;
      case ":":
        if (textBefore(cells, index, 4).toLowerCase() === "data") cell.escape = true;
        break;
      case "=":
        if (
          textBefore(cells, index, 3).toLowerCase() === "src" &&
          textFrom(cells, index + 1, 5).toLowerCase() === '"data'
        ) {
          cell.escape = true;
        }
        break;
      default:
        break;
    }
  });
  return wrapLiquidRuns(writeBreaks(cells, "\n"));
}

/**
 * What dev.to reads differently from CommonMark. Redcarpet takes `_` inside words for emphasis
 * and `^` for superscript (both escaped), cannot escape `@` (a character reference instead),
 * and makes every newline a `<br>` (so hard breaks are bare newlines); Forem rejects text with
 * `data:text/html` or `src="data` (a backslash breaks them up); and Liquid runs on the HTML
 * afterwards, so `{{` and `{%` in text are wrapped in raw blocks. Code spans are left alone:
 * Forem protects them itself.
 */
export const redcarpetText: TextFilter = textFilter(
  redcarpetTextPass,
  /[\^=]|\{[{%]|[Dd][Aa][Tt][Aa]:/,
);
