import type { Cell } from "../render/cell.js";
import type { InlineOptions } from "../render/render-inline.js";
import { type TextFilter, textFilter } from "../render/text-filter.js";
import { startsLine, textAt } from "./text-cells.js";

function goldmarkTextPass(cells: Cell[], where: InlineOptions): Cell[] {
  cells.forEach((cell, index) => {
    if (cell.kind === "text" && cell.char === ":" && !cell.encode && startsLine(cells, index)) {
      cell.escape = true;
    }
  });
  const last = cells.at(-1);
  if (where.heading && last?.kind === "text" && last.char === "}" && !last.escape && !last.encode) {
    for (let index = cells.length - 2; index >= 0; index--) {
      const cell = textAt(cells, index);
      if (cell?.char === "{") {
        cell.escape = false;
        cell.encode = true;
        break;
      }
    }
  }
  return cells;
}

/** Whether a `}` ends a line of the sketch (or the sketch), as `/\}$/m` finds it. */
function braceEndsLine(sketch: string): boolean {
  for (let at = sketch.indexOf("}"); at !== -1; at = sketch.indexOf("}", at + 1)) {
    const next = sketch.charCodeAt(at + 1);
    if (
      Number.isNaN(next) ||
      next === 0x0a ||
      next === 0x0d ||
      next === 0x2028 ||
      next === 0x2029
    ) {
      return true;
    }
  }
  return false;
}

/**
 * What Hugo's Goldmark reads differently from CommonMark with its default extensions: `: ` at a
 * line start makes a definition, and a `{…}` at the end of a heading is taken for attributes (its
 * `{` is written `&#123;`).
 */
export const goldmarkText: TextFilter = textFilter(goldmarkTextPass, braceEndsLine, () => false);
