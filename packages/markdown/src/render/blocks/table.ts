import type { Inline, Table } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { renderInline, renderText } from "../render-inline.js";
import type { TextFilter } from "../text-filter.js";

const ALIGN = { left: ":---", center: ":---:", right: "---:", none: "---" } as const;

function row(cells: readonly Inline[], textFilter: TextFilter | undefined): string {
  const out = cells.map((cell) =>
    renderInline(cell, { lineStart: false, breaks: "entity", pipes: true, textFilter }),
  );
  return `| ${out.join(" | ")} |`;
}

/** A GFM table, then its caption as a `Table: …` paragraph. */
export function renderTable(block: Table, context: BlockContext = {}): string {
  const { textFilter } = context;
  const delimiter = `| ${block.header.map((_, index) => ALIGN[block.align?.[index] ?? "none"]).join(" | ")} |`;
  const table = [
    row(block.header, textFilter),
    delimiter,
    ...block.rows.map((cells) => row(cells, textFilter)),
  ].join("\n");
  if (block.caption === undefined) return table;
  return `${table}\n\nTable: ${renderText(block.caption, { lineStart: false, textFilter })}`;
}
