import type { List } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { layoutList } from "./layout-list.js";
import { testContext } from "./test-context.js";
import { testLines } from "./test-lines.js";

describe("layoutList", () => {
  it("numbers from the list's start, even 0", () => {
    const list: List = {
      type: "list",
      ordered: true,
      start: 0,
      items: [[{ text: "zero" }], [{ text: "one" }]],
    };
    expect(testLines(layoutList(list, testContext(20)))).toEqual(["0. zero", "1. one"]);
  });

  it("gives the marker a line of its own when the column is too narrow for an indent", () => {
    const list = {
      type: "list" as const,
      ordered: true,
      start: 999_999_999,
      items: [[{ text: "big" }]],
    };
    expect(testLines(layoutList(list, testContext(12)))).toEqual(["999999999.", "big"]);
  });
});
