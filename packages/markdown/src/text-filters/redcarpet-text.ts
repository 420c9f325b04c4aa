import type { Cell } from "../render/cell.js";
import { type TextFilter, textFilter } from "../render/text-filter.js";
import { byLength, containsAny } from "./contains-any.js";
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

const forming = containsAny("^", "=", "{{", "{%");

const LOWER = 0x20;

/** Whether the sketch holds `data:` in any ASCII letter case, where Forem sees a data URL. */
function dataScheme(sketch: string): boolean {
  for (let at = sketch.indexOf(":", 4); at !== -1; at = sketch.indexOf(":", at + 1)) {
    if (
      (sketch.charCodeAt(at - 4) | LOWER) === 0x64 &&
      (sketch.charCodeAt(at - 3) | LOWER) === 0x61 &&
      (sketch.charCodeAt(at - 2) | LOWER) === 0x74 &&
      (sketch.charCodeAt(at - 1) | LOWER) === 0x61
    ) {
      return true;
    }
  }
  return false;
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
  byLength(/[\^=]|\{[{%]|[Dd][Aa][Tt][Aa]:/, (sketch) => forming(sketch) || dataScheme(sketch)),
  (sketch) => sketch.includes("=") || dataScheme(sketch),
);
