import { describe, expect, it } from "vitest";
import { centreMargin } from "./centre-margin.js";
import { columnWidth } from "./column-width.js";

describe("columnWidth", () => {
  it("is 72 columns in a wide terminal, or what is asked for", () => {
    expect(columnWidth(200)).toBe(72);
    expect(columnWidth(200, 100)).toBe(100);
  });

  it("leaves a margin of 2 on each side", () => {
    expect(columnWidth(76)).toBe(72);
    expect(columnWidth(75)).toBe(71);
    expect(columnWidth(60, 100)).toBe(56);
  });

  it("is at least 20 columns, or the whole terminal when it is narrower", () => {
    expect(columnWidth(200, 5)).toBe(20);
    expect(columnWidth(22)).toBe(20);
    expect(columnWidth(12)).toBe(12);
    expect(columnWidth(0)).toBe(1);
  });

  it("copes with a terminal of unknown size", () => {
    expect(columnWidth(Number.NaN)).toBe(72);
  });
});

describe("centreMargin", () => {
  it("centres the column, rounding down", () => {
    expect(centreMargin(100, 72)).toBe(14);
    expect(centreMargin(101, 72)).toBe(14);
    expect(centreMargin(60, 72)).toBe(0);
  });
});
