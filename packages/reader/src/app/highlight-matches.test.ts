import { describe, expect, it } from "vitest";
import { highlightMatches } from "./highlight-matches.js";

describe("highlightMatches", () => {
  const segments = [
    { text: "The " },
    { text: "harbour bridge", style: { bold: true } },
    { text: " opened" },
  ];

  it("leaves a line without matches alone", () => {
    expect(highlightMatches(segments, [])).toEqual(segments);
  });

  it("splits segments at a match that spans two styles", () => {
    expect(highlightMatches(segments, [{ start: 12, end: 21, current: false }])).toEqual([
      { text: "The " },
      { text: "harbour ", style: { bold: true } },
      { text: "bridge", style: { bold: true }, highlight: "match" },
      { text: " op", highlight: "match" },
      { text: "ened" },
    ]);
  });

  it("marks the current match apart from the others", () => {
    const shown = highlightMatches(segments, [
      { start: 4, end: 11, current: true },
      { start: 0, end: 3, current: false },
    ]);
    expect(shown.filter((segment) => segment.highlight)).toEqual([
      { text: "The", highlight: "match" },
      { text: "harbour", style: { bold: true }, highlight: "current-match" },
    ]);
    expect(shown.map((segment) => segment.text).join("")).toBe("The harbour bridge opened");
  });
});
