import type { Inline, Table } from "@broadsheet/article";
import type { BlockContext } from "../render-body.js";
import { renderInline, renderText } from "../render-inline.js";

const ALIGN = { left: ":---", center: ":---:", right: "---:", none: "---" } as const;

/**
 * A written table cell with each line break (`&#10;` outside code, not escaped) as `<br>`, which
 * a page shows as one; a code span's text is left as it is.
 */
export function lineBreaksAsHtml(cell: string): string {
  if (!cell.includes("&#10;")) return cell;
  let out = "";
  let written = 0;
  let slashes = 0;
  let fence = 0;
  for (let at = 0; at < cell.length; at++) {
    if (cell[at] === "`") {
      let run = 1;
      while (cell[at + run] === "`") run++;
      if (fence === 0) fence = run - (slashes % 2);
      else if (run === fence) fence = 0;
      at += run - 1;
    } else if (fence === 0 && slashes % 2 === 0 && cell.startsWith("&#10;", at)) {
      out += `${cell.slice(written, at)}<br>`;
      written = at + 5;
      at = written - 1;
    }
    slashes = cell[at] === "\\" && fence === 0 ? slashes + 1 : 0;
  }
  return out + cell.slice(written);
}

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
