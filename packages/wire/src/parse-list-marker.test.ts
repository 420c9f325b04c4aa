import { describe, expect, it } from "vitest";
import { parseListMarker } from "./parse-list-marker.js";

describe("parseListMarker", () => {
  it.each([
    ["- item", { ordered: false, text: "item" }],
    ["* item", { ordered: false, text: "item" }],
    ["• item", { ordered: false, text: "item" }],
    ["+ item", { ordered: false, text: "item" }],
    ["-\u00A0item", { ordered: false, text: "item" }],
    ["1. first", { ordered: true, number: 1, text: "first" }],
    ["1) first", { ordered: true, number: 1, text: "first" }],
    ["12. twelfth", { ordered: true, number: 12, text: "twelfth" }],
    ["0. zero", { ordered: true, number: 0, text: "zero" }],
    ["999999999) last", { ordered: true, number: 999_999_999, text: "last" }],
  ])("reads %j", (line, marker) => {
    expect(parseListMarker(line)).toEqual(marker);
  });

  it.each([
    "-- Name",
    "---",
    "*emphasis*",
    "-",
    "1.5 million people",
    "1.",
    "2024 was a year",
    "1234567890. too long",
    "— Name",
    "Plain text",
  ])("rejects %j", (line) => {
    expect(parseListMarker(line)).toBeUndefined();
  });

  it("reads `* * *` as a bullet, so the body reader tests for dividers first", () => {
    expect(parseListMarker("* * *")).toEqual({ ordered: false, text: "* *" });
  });
});
