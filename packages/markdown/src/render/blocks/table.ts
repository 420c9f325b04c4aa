import type { Inline, Table } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { lineBreaksAsHtml } from "../escape-pipes.js";
import { renderInline, renderText } from "../render-inline.js";

const ALIGN = { left: ":---", center: ":---:", right: "---:", none: "---" } as const;

/** Whether kramdown takes the line for a separator line wherever it stands in a table. */
const kramdownSeparator = (line: string) => line.includes("-") && !/[^+|: \t-]/.test(line);

function row(cells: readonly Inline[], context: BlockContext): string {
  const { textFilter, family } = context;
  const out = cells.map((cell) => {
    const written = renderInline(cell, {
      lineStart: false,
      breaks: "entity",
      pipes: true,
      textFilter,
      family,
    });
    return context.html ? lineBreaksAsHtml(written) : written;
  });
  const line = `| ${out.join(" | ")} |`;
  return family === "kramdown" && kramdownSeparator(line) ? line.replace("-", "&#45;") : line;
}

/**
 * A GFM table, then its caption as a `Table: …` paragraph. A line break in a cell is `&#10;`,
 * which keeps the row on one line and reads back, but shows as a space: `<br>` where the target
 * shows HTML. kramdown takes any row of `- : + |` alone (`| - | :--- |`) for another separator
 * line: there its first `-` is `&#45;`.
 */
export function renderTable(block: Table, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const delimiter = `| ${block.header.map((_, index) => ALIGN[block.align?.[index] ?? "none"]).join(" | ")} |`;
  const table = [
    row(block.header, context),
    delimiter,
    ...block.rows.map((cells) => row(cells, context)),
  ].join("\n");
  if (block.caption === undefined) return table;
  return `${table}\n\nTable: ${renderText(block.caption, { lineStart: false, textFilter, family })}`;
}
