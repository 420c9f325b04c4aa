import type { Inline, Table } from "@broadsheet/article";
import { alignLine } from "../layout/align-line.js";
import { inlineSegments } from "../layout/inline-segments.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment, SegmentStyle } from "../layout/layout-types.js";
import { ruleLine } from "../layout/rule-line.js";
import { STYLES } from "../layout/styles.js";
import { textSegment } from "../layout/text-segment.js";
import { displayWidth } from "../measure/display-width.js";
import { segmentsWidth } from "../measure/segments-width.js";
import { wrapText } from "../measure/wrap-text.js";
import { tableColumnWidths } from "./table-column-widths.js";

type Align = "left" | "center" | "right";

/** The narrowest a column may get: room for one wide (CJK, emoji) character. */
const MIN_COLUMN = 2;
/** Columns narrower than this (or than their content) are unreadable: the table is stacked instead. */
const MIN_READABLE = 4;

function naturalWidth(cell: Segment[]): number {
  return Math.max(0, ...wrapText(cell, Number.POSITIVE_INFINITY).map(segmentsWidth));
}

function longestWord(cell: Segment[]): number {
  const text = cell.map((segment) => segment.text).join("");
  return Math.max(0, ...text.split(/[ \n]+/).map(displayWidth));
}

function border(
  widths: readonly number[],
  pad: number,
  [left, middle, right]: readonly [string, string, string],
): Segment[] {
  const text = left + widths.map((width) => "─".repeat(width + 2 * pad)).join(middle) + right;
  return [{ text, style: STYLES.border }];
}

function rowLines(
  cells: readonly Segment[][],
  widths: readonly number[],
  aligns: readonly Align[],
  pad: number,
): Segment[][] {
  const wrapped = cells.map((cell, column) => wrapText(cell, widths[column] ?? 1));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const bar = { text: "│", style: STYLES.border };
  const space = pad > 0 ? [{ text: " ".repeat(pad) }] : [];
  const lines: Segment[][] = [];
  for (let row = 0; row < height; row++) {
    const line: Segment[] = [bar];
    wrapped.forEach((cellLines, column) => {
      const text = alignLine(cellLines[row] ?? [], widths[column] ?? 1, aligns[column] ?? "left");
      line.push(...space, ...text, ...space, bar);
    });
    lines.push(line);
  }
  return lines;
}

/** A table too wide for box drawing: each row as `Header: value` lines, rows between rules. */
function stackedLines(header: Segment[][], rows: Segment[][][], width: number): Segment[][] {
  const lines: Segment[][] = [];
  rows.forEach((row, index) => {
    if (index > 0) lines.push(ruleLine(Math.min(width, 3), STYLES.border));
    row.forEach((cell, column) => {
      const name = header[column] ?? [];
      lines.push(...wrapText([...name, { text: ": ", style: STYLES.tableHeader }, ...cell], width));
    });
  });
  if (rows.length === 0) lines.push(...header.flatMap((name) => wrapText(name, width)));
  return lines;
}

/**
 * A data table drawn with box-drawing characters. Columns get their natural width when the
 * table fits, else are narrowed (see {@link tableColumnWidths}) and their cells wrapped; each
 * column keeps its alignment, and rows are ruled apart when a cell wraps. The caption goes above.
 * A table whose columns cannot each get 4 columns (or their content's width) is shown as
 * `Header: value` lines per row instead.
 */
export function layoutTable(block: Table, context: LayoutContext): Segment[][] {
  const { width } = context;
  const columns = block.header.length;
  const cells = (row: readonly Inline[], style?: SegmentStyle) =>
    block.header.map((_, column) => inlineSegments(row[column] ?? [], context, style));
  const header = cells(block.header, STYLES.tableHeader);
  const rows = block.rows.map((row) => cells(row));
  const lines: Segment[][] = [];
  if (block.caption) {
    lines.push(...wrapText([textSegment(block.caption, STYLES.tableCaption)], width));
  }
  const all = [header, ...rows];
  const natural = block.header.map((_, column) =>
    Math.max(...all.map((row) => naturalWidth(row[column] ?? []))),
  );
  const readable = natural.reduce(
    (sum, want) => sum + Math.max(1, Math.min(want, MIN_READABLE)),
    0,
  );
  const pad = width - (3 * columns + 1) >= readable ? 1 : 0;
  const available = width - (columns + 1) - 2 * pad * columns;
  if (available < readable) return [...lines, ...stackedLines(header, rows, width)];

  const minimum = block.header.map((_, column) =>
    Math.max(...all.map((row) => longestWord(row[column] ?? []))),
  );
  const widths = tableColumnWidths(natural, minimum, available, MIN_COLUMN);
  const aligns = block.header.map((_, column) => block.align?.[column] ?? "left");
  const bodyRows = rows.map((row) => rowLines(row, widths, aligns, pad));
  const ruled = bodyRows.some((row) => row.length > 1);

  lines.push(border(widths, pad, ["┌", "┬", "┐"]));
  lines.push(...rowLines(header, widths, aligns, pad));
  if (bodyRows.length > 0) lines.push(border(widths, pad, ["├", "┼", "┤"]));
  bodyRows.forEach((row, index) => {
    if (ruled && index > 0) lines.push(border(widths, pad, ["├", "┼", "┤"]));
    lines.push(...row);
  });
  lines.push(border(widths, pad, ["└", "┴", "┘"]));
  return lines;
}
