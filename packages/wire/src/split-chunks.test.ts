import { describe, expect, it } from "vitest";
import { splitChunks } from "./split-chunks.js";
import { toWireLines } from "./to-wire-lines.js";

function chunksOf(text: string): string[][] {
  return splitChunks(toWireLines(text.split("\n"))).chunks.map((chunk) =>
    chunk.map((line) => line.text),
  );
}

describe("toWireLines", () => {
  it("measures indentation, trims, and collapses tabs and runs of spaces", () => {
    expect(toWireLines(["\t  a  b\t c", "x"])).toEqual([
      { number: 1, indent: 6, text: "a b c" },
      { number: 2, indent: 0, text: "x" },
    ]);
  });

  it("keeps no-break spaces inside the text", () => {
    expect(toWireLines(["90\u00A0km"])[0]?.text).toBe("90\u00A0km");
  });
});

describe("splitChunks", () => {
  it("splits at blank lines, however many", () => {
    expect(chunksOf("a\nb\n\n\n\nc\n \nd")).toEqual([["a", "b"], ["c"], ["d"]]);
  });

  it("splits paragraphs marked by an indented first line", () => {
    expect(chunksOf("    One starts\nhere.\n    Two starts\nhere.")).toEqual([
      ["One starts", "here."],
      ["Two starts", "here."],
    ]);
  });

  it("does not split a block that is indented as a whole, or a list with hanging lines", () => {
    expect(chunksOf("    a\n    b")).toEqual([["a", "b"]]);
    expect(chunksOf("- item that\n  wraps\n- next")).toEqual([["- item that", "wraps", "- next"]]);
  });

  it("reads lines too long to be hard-wrapped as one paragraph each, with a note", () => {
    const long = "word ".repeat(30).trim();
    const split = splitChunks(toWireLines(["Headline", long, long]));
    expect(split.chunks.map((chunk) => chunk.length)).toEqual([1, 1, 1]);
    expect(split.notes).toEqual([
      {
        rule: "paragraph-per-line",
        note: "Lines 1–3 are too long to be hard-wrapped, so each line was read as its own paragraph.",
        line: 1,
      },
    ]);
  });

  it("keeps one overlong line, such as a long link, inside a hard-wrapped paragraph", () => {
    const link = `https://example.com/${"a".repeat(130)}`;
    expect(chunksOf(`The report is at\n${link}\nand in print\nas well.`)).toHaveLength(1);
  });

  it("keeps a long last line with the wrapped lines above it", () => {
    const long = "word ".repeat(30).trim();
    expect(chunksOf(`short line\n${long}`)).toEqual([["short line", long]]);
  });
});
