import type { Inline, Table } from "@broadsheet/article";
import { renderInline, renderText } from "../render-inline.js";

const ALIGN = { left: ":---", center: ":---:", right: "---:", none: "---" } as const;

function row(cells: readonly Inline[]): string {
  const out = cells.map((cell) =>
    renderInline(cell, { lineStart: false, breaks: "entity", pipes: true }),
  );
  return `| ${out.join(" | ")} |`;
}

/** A GFM table, then its caption as a `Table: …` paragraph. */
export function renderTable(block: Table): string {
  const delimiter = `| ${block.header.map((_, index) => ALIGN[block.align?.[index] ?? "none"]).join(" | ")} |`;
  const table = [row(block.header), delimiter, ...block.rows.map(row)].join("\n");
  if (block.caption === undefined) return table;
  return `${table}\n\nTable: ${renderText(block.caption, { lineStart: false })}`;
}
