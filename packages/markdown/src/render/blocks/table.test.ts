import type { Table } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderTable } from "./table.js";

test("a GFM table with alignment and a caption", () => {
  const block: Table = {
    type: "table",
    caption: "Distances | km",
    header: [[{ text: "Place" }], [{ text: "Km" }]],
    align: ["left", "right"],
    rows: [[[{ text: "Sudzha | town" }], [{ text: "12", marks: ["strong"] }]]],
  };
  expect(renderTable(block)).toBe(
    "| Place | Km |\n| :--- | ---: |\n| Sudzha \\| town | **12** |\n\nTable: Distances | km",
  );
  expect(readBack(renderTable(block)).blocks).toEqual([block]);
});

test("a header-only table; cells with edge spaces and breaks", () => {
  const block: Table = {
    type: "table",
    header: [[{ text: " a\nb " }], [{ text: "c", marks: ["code"] }]],
    rows: [],
  };
  expect(renderTable(block)).toBe("| &#32;a&#10;b&#32; | `c` |\n| --- | --- |");
  expect(readBack(renderTable(block)).blocks).toEqual([block]);
});
