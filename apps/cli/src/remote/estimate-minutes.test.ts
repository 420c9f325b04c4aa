import { estimateWords } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { estimateMinutes } from "./estimate-minutes.js";

describe("estimateMinutes", () => {
  it("counts runs between spaces and dashes, and CJK characters by their average word", () => {
    expect(estimateWords("one two—three  four")).toBe(4);
    expect(estimateWords("日本語の文章です")).toBe(5);
    expect(estimateWords("")).toBe(0);
  });

  it("divides by the words a minute the content index uses, at least one minute", () => {
    expect(estimateMinutes("")).toBe(1);
    expect(estimateMinutes("word ".repeat(238 * 3))).toBe(3);
    expect(estimateMinutes("word ".repeat(238 * 2 + 150))).toBe(3);
  });
});
