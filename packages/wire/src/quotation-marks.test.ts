import { describe, expect, it } from "vitest";
import { closesWithQuote, opensWithQuote, stripQuotationMarks } from "./quotation-marks.js";

describe("quotation marks", () => {
  it("finds opening and closing marks of several conventions", () => {
    for (const text of ['"a"', "“a”", "„a“", "«a»", "»a«", "‘a’", "「a」"]) {
      expect(opensWithQuote(text) && closesWithQuote(text)).toBe(true);
    }
    expect(opensWithQuote("a")).toBe(false);
    expect(closesWithQuote("a.")).toBe(false);
  });

  it("strips the marks around a clean quotation of one or more paragraphs", () => {
    expect(stripQuotationMarks(["“We will not leave.”"])).toEqual(["We will not leave."]);
    expect(
      stripQuotationMarks(['"I did not expect to win.', '"When he offered a draw, I refused."']),
    ).toEqual(["I did not expect to win.", "When he offered a draw, I refused."]);
    expect(stripQuotationMarks(["‘We won’t go.’"])).toEqual(["We won’t go."]);
  });

  it("keeps the marks when the text is not one clean quotation", () => {
    const mixed = ['"One," he said. "Two."'];
    expect(stripQuotationMarks(mixed)).toEqual(mixed);
    expect(stripQuotationMarks(["“We will not leave,” she said."])).toEqual([
      "“We will not leave,” she said.",
    ]);
    expect(stripQuotationMarks(['""'])).toEqual(['""']);
  });
});
