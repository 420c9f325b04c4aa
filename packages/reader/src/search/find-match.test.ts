import { describe, expect, it } from "vitest";
import { findMatch } from "./find-match.js";

const matches = [
  { line: 2, start: 0, end: 3 },
  { line: 2, start: 10, end: 13 },
  { line: 7, start: 4, end: 7 },
];

describe("findMatch", () => {
  it("finds the first match at or below the top line when a search starts", () => {
    expect(findMatch(matches, { line: 0, start: -1 }, "forward")).toEqual({
      index: 0,
      wrapped: false,
    });
    expect(findMatch(matches, { line: 3, start: -1 }, "forward")).toEqual({
      index: 2,
      wrapped: false,
    });
  });

  it("goes to the next and previous match from the current one", () => {
    expect(findMatch(matches, matches[0] as never, "forward")).toEqual({
      index: 1,
      wrapped: false,
    });
    expect(findMatch(matches, matches[1] as never, "backward")).toEqual({
      index: 0,
      wrapped: false,
    });
    expect(findMatch(matches, matches[2] as never, "backward")).toEqual({
      index: 1,
      wrapped: false,
    });
  });

  it("wraps around the end and the start", () => {
    expect(findMatch(matches, matches[2] as never, "forward")).toEqual({ index: 0, wrapped: true });
    expect(findMatch(matches, matches[0] as never, "backward")).toEqual({
      index: 2,
      wrapped: true,
    });
    expect(findMatch(matches, { line: 9, start: -1 }, "forward")).toEqual({
      index: 0,
      wrapped: true,
    });
  });

  it("finds nothing without matches", () => {
    expect(findMatch([], { line: 0, start: 0 }, "forward")).toBeUndefined();
  });
});
