import type { Inline, Table } from "@broadsheet/article";
import { lineBreaksAsHtml } from "../escape-pipes.js";
import type { BlockContext } from "../render-body.js";
import { renderInline, renderText } from "../render-inline.js";

const ALIGN = { left: ":---", center: ":---:", right: "---:", none: "---" } as const;

function row(cells: readonly Inline[], { textFilter, family, html }: BlockContext): string {
  const options = { lineStart: false, breaks: "entity", pipes: true, textFilter, family } as const;
  const written = cells.map((cell) => renderInline(cell, options));
  const line = `| ${(html ? written.map(lineBreaksAsHtml) : written).join(" | ")} |`;
  const separator = family === "kramdown" && line.includes("-") && !/[^+|: \t-]/.test(line);
  return separator ? line.replace("-", "&#45;") : line;
}

/**
 * A GFM table, then its caption as a `Table: …` paragraph. A line break in a cell is `&#10;`,
 * which keeps the row on one line and reads back, but shows as a space: `<br>` where the target
 * shows HTML. kramdown takes any row of `- : + |` alone (`| - | :--- |`) for another separator
 * line: there its first `-` is `&#45;`.
 */
export function renderTable(block: Table, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const align = block.header.map((_, index) => ALIGN[block.align?.[index] ?? "none"]);
  const rows = [block.header, ...block.rows].map((cells) => row(cells, context));
  rows.splice(1, 0, `| ${align.join(" | ")} |`);
  if (block.caption === undefined) return rows.join("\n");
  const caption = renderText(block.caption, { lineStart: false, textFilter, family });
  return `${rows.join("\n")}\n\nTable: ${caption}`;
}
