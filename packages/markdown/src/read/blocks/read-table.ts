import type { Table } from "@broadsheet/article";
import type { Tokens } from "marked";
import type { ReadContext } from "../read-context.js";
import { readInline } from "../read-inline.js";

/** Reads a GFM table; its caption is the `Table: …` paragraph after it (see readParagraph). */
export function readTable(token: Tokens.Table, line: number, context: ReadContext): Table {
  const table: Table = {
    type: "table",
    header: token.header.map((cell) => readInline(cell.tokens, line, context)),
    rows: token.rows.map((row, index) =>
      row.map((cell) => readInline(cell.tokens, line + 2 + index, context)),
    ),
  };
  if (token.align.some((align) => align !== null)) table.align = [...token.align];
  return table;
}
