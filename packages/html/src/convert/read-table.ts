import type { Block, Inline } from "@broadsheet/article";
import { type ConvertContext, note } from "./convert-context.js";
import { labelText } from "./label-text.js";
import { readBlocks } from "./read-flow.js";
import { pushAll, readInline } from "./read-inline.js";

const SECTIONS = new Set(["thead", "tbody", "tfoot"]);
const MAX_SPAN = 100;

interface Row {
  cells: Element[];
  head: boolean;
}

function nameOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** The table's own rows, in order: those of its `<thead>`, `<tbody>` and `<tfoot>` and direct ones. */
function rowsOf(table: Element): Row[] {
  const rows: Row[] = [];
  const addRow = (row: Element, head: boolean) => {
    const cells = [...row.children].filter((cell) => /^t[dh]$/.test(nameOf(cell)));
    if (cells.length > 0)
      rows.push({ cells, head: head || cells.every((cell) => nameOf(cell) === "th") });
  };
  for (const child of table.children) {
    const name = nameOf(child);
    if (name === "tr") addRow(child, false);
    else if (SECTIONS.has(name)) {
      for (const row of child.children) if (nameOf(row) === "tr") addRow(row, name === "thead");
    }
  }
  return rows;
}

function isLayout(table: Element, rows: readonly Row[]): boolean {
  return (
    table.getAttribute("role") === "presentation" ||
    table.querySelector("table") !== null ||
    rows.every((row) => row.cells.length <= 1)
  );
}

function span(cell: Element): number {
  const value = Number(cell.getAttribute("colspan") ?? "1");
  return Number.isInteger(value) && value > 1 ? Math.min(value, MAX_SPAN) : 1;
}

const emptyCell = (): Inline => [{ text: " " }];

/**
 * A `<table>` as a table block: the `<thead>` row, or a first row of `<th>` cells, as the header
 * (else the first row, noted), each cell's content inline, a cell spanning columns followed by
 * empty ones, and short rows padded to the widest (noted). Images in cells are set after the
 * table. A table for layout (nesting tables, one column, or `role="presentation"`) is read as
 * the blocks its cells hold, noted.
 */
export function readTable(table: Element, context: ConvertContext): void {
  const rows = rowsOf(table);
  if (rows.length === 0) return;
  if (isLayout(table, rows)) {
    note(context, "layout-table", "Read a table used for layout as the paragraphs in its cells.");
    for (const row of rows)
      for (const cell of row.cells) pushAll(context.blocks, readBlocks(cell, context));
    return;
  }
  const rest: Block[] = [];
  let spanned = false;
  const cellRows = rows.map((row) =>
    row.cells.flatMap((cell) => {
      const { content, rest: after } = readInline(cell, context);
      pushAll(rest, after);
      const extra = span(cell) - 1;
      if (extra > 0) spanned = true;
      return [content ?? emptyCell(), ...Array.from({ length: extra }, emptyCell)];
    }),
  );
  const width = cellRows.reduce((widest, cells) => Math.max(widest, cells.length), 0);
  const padded = cellRows.some((cells) => cells.length < width);
  if (spanned || padded) {
    note(
      context,
      "table-shape",
      "Filled out a table's rows with empty cells where cells span columns or rows are short; the model's tables are a plain grid.",
    );
  }
  const grid = cellRows.map((cells) => [
    ...cells,
    ...Array.from({ length: width - cells.length }, emptyCell),
  ]);
  const [header = [], ...body] = grid;
  if (!rows[0]?.head) {
    note(
      context,
      "table-header-guess",
      "Took a table's first row as its header; it has no header row.",
    );
  }
  const caption = labelText(
    [...table.children].find((child) => nameOf(child) === "caption")?.textContent,
    context,
  );
  context.blocks.push({ type: "table", ...(caption ? { caption } : {}), header, rows: body });
  pushAll(context.blocks, rest);
}
