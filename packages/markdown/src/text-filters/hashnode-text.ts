import { type Cell, cellOut } from "../render/cell.js";
import { type TextFilter, textFilter } from "../render/text-filter.js";
import { containsAny } from "./contains-any.js";
import { textAt } from "./text-cells.js";
import { writeBreaks } from "./write-breaks.js";

function hashnodeTextPass(cells: Cell[]): Cell[] {
  cells.forEach((cell, index) => {
    if (cell.kind !== "text" || cell.encode) return;
    const next = cells[index + 1];
    if (cell.char === "%" && next !== undefined && cellOut(next).startsWith("[")) {
      cell.escape = false;
      cell.encode = true;
    }
    if (
      cell.char === "$" &&
      (textAt(cells, index + 1)?.char === "$" || textAt(cells, index - 1)?.char === "$")
    ) {
      cell.escape = false;
      cell.encode = true;
    }
  });
  return writeBreaks(cells, "  \n");
}

/**
 * Hashnode's own syntax in running text: `%[url]` embeds, `%%[id]` widgets and `$$` math. How
 * to escape them is not documented, so the `%` before a `[` and every `$` of a `$$` are written
 * as character references, which no text-level scan can match. Hard breaks are two trailing
 * spaces, which every Markdown parser reads.
 */
export const hashnodeText: TextFilter = textFilter(hashnodeTextPass, containsAny("$$", "%\n["));
