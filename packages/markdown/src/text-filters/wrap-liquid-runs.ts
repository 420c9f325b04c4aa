import type { Cell } from "../render/cell.js";
import { textAt } from "./text-cells.js";

const RAW: Cell = { kind: "syntax", out: "{% raw %}" };
const END_RAW: Cell = { kind: "syntax", out: "{% endraw %}" };

function charIs(cells: readonly Cell[], index: number, chars: string): boolean {
  const char = textAt(cells, index)?.char;
  return char !== undefined && chars.includes(char);
}

/**
 * Wraps each run of `{` and `%` in running text that holds `{{` or `{%` (with the `}` right
 * after it) in a Liquid raw block, `{% raw %}{{{% endraw %}`, so Liquid prints it instead of
 * running it, as protectLiquid does for a whole file.
 */
export function wrapLiquidRuns(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  let index = 0;
  while (index < cells.length) {
    if (!charIs(cells, index, "{%")) {
      out.push(cells[index] as Cell);
      index++;
      continue;
    }
    let end = index + 1;
    let tag = false;
    while (charIs(cells, end, "{%")) {
      tag ||= textAt(cells, end - 1)?.char === "{";
      end++;
    }
    if (tag) {
      while (charIs(cells, end, "}")) end++;
      out.push(RAW);
    }
    for (let at = index; at < end; at++) out.push(cells[at] as Cell);
    if (tag) out.push(END_RAW);
    index = end;
  }
  return out;
}
