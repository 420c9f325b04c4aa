import { describe, expect, it } from "vitest";
import { canBreakBetween } from "./can-break-between.js";

const code = (char: string) => char.codePointAt(0) ?? -1;
const between = (a: string, b: string, c: string) => canBreakBetween(code(a), code(b), code(c));

describe("canBreakBetween", () => {
  it("does not break inside Latin words", () => {
    expect(between("a", "b", "c")).toBe(false);
  });

  it("breaks after a hyphen or dash inside a word, not after a leading minus", () => {
    expect(between("l", "-", "k")).toBe(true);
    expect(between("r", "—", "f")).toBe(true);
    expect(between(" ", "-", "5")).toBe(false);
    expect(canBreakBetween(-1, code("-"), code("5"))).toBe(false);
    expect(between("a", "-", "-")).toBe(false);
  });

  it("breaks between ideographs, kana and Hangul, and next to them", () => {
    expect(between("東", "京", "都")).toBe(true);
    expect(between("a", "b", "東")).toBe(true);
    expect(between("x", "가", "나")).toBe(true);
    expect(between("a", "𠀀", "𠀁")).toBe(true);
  });

  it("keeps closing punctuation off the start of a line and opening off its end", () => {
    expect(between("あ", "お", "。")).toBe(false);
    expect(between("あ", "お", ",")).toBe(false);
    expect(between("あ", "「", "か")).toBe(false);
  });

  it("breaks after a zero-width space", () => {
    expect(between("a", "\u200B", "b")).toBe(true);
  });
});
