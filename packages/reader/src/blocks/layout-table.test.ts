import type { Table } from "@broadsheet/article";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { layoutTable } from "./layout-table.js";
import { testContext } from "./test-context.js";
import { testLines } from "./test-lines.js";

const cell = (text: string) => [{ text }];

const table: Table = {
  type: "table",
  header: [cell("City"), cell("Population"), cell("Note")],
  align: ["left", "right", null],
  rows: [
    [cell("東京"), cell("14,000,000"), cell("capital of Japan since 1868")],
    [cell("Malmö"), cell("360,000"), cell("👩‍👩‍👧 families")],
  ],
};

describe("layoutTable", () => {
  it("measures CJK and emoji cells by display width", () => {
    expect(testLines(layoutTable(table, testContext(80)))).toEqual([
      "┌───────┬────────────┬─────────────────────────────┐",
      "│ City  │ Population │ Note                        │",
      "├───────┼────────────┼─────────────────────────────┤",
      "│ 東京  │ 14,000,000 │ capital of Japan since 1868 │",
      "│ Malmö │    360,000 │ 👩‍👩‍👧 families                 │",
      "└───────┴────────────┴─────────────────────────────┘",
    ]);
  });

  it("narrows and wraps columns to fit, ruling rows apart", () => {
    const lines = testLines(layoutTable(table, testContext(36)));
    expect(lines).toEqual([
      "┌───────┬────────────┬─────────────┐",
      "│ City  │ Population │ Note        │",
      "├───────┼────────────┼─────────────┤",
      "│ 東京  │ 14,000,000 │ capital of  │",
      "│       │            │ Japan since │",
      "│       │            │ 1868        │",
      "├───────┼────────────┼─────────────┤",
      "│ Malmö │    360,000 │ 👩‍👩‍👧 families │",
      "└───────┴────────────┴─────────────┘",
    ]);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(36);
  });

  it("sets each row as `Header: value` lines when the columns cannot fit", () => {
    expect(testLines(layoutTable(table, testContext(12)))).toEqual([
      "City: 東京",
      "Population:",
      "14,000,000",
      "Note:",
      "capital of",
      "Japan since",
      "1868",
      "───",
      "City: Malmö",
      "Population:",
      "360,000",
      "Note: 👩‍👩‍👧",
      "families",
    ]);
  });

  it("draws a table without body rows", () => {
    expect(
      testLines(layoutTable({ type: "table", header: [cell("A")], rows: [] }, testContext(20))),
    ).toEqual(["┌───┐", "│ A │", "└───┘"]);
  });
});
