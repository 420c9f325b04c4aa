import { describe, expect, it } from "vitest";
import { decodeWireText } from "./decode-wire-text.js";

describe("decodeWireText", () => {
  it("drops a leading byte-order mark", () => {
    expect(decodeWireText("\uFEFFHeadline\nText").lines).toEqual(["Headline", "Text"]);
  });

  it("keeps a byte-order mark that is not at the start", () => {
    expect(decodeWireText("a\uFEFFb").lines).toEqual(["a\uFEFFb"]);
  });

  it("reads CRLF, CR, NEL, VT, FF and U+2028 as line ends and U+2029 as a paragraph end", () => {
    expect(decodeWireText("a\r\nb\rc\u0085d\u000Be\u000Cf\u2028g").lines).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
    ]);
    expect(decodeWireText("a\u2029b").lines).toEqual(["a", "", "b"]);
  });

  it("normalizes to NFC", () => {
    expect(decodeWireText("Malme\u0308 cafe\u0301").lines).toEqual(["Malmë café"]);
  });

  it("trims trailing whitespace, including no-break spaces, but keeps indentation", () => {
    expect(decodeWireText("  Text \u00A0 \t\nMore   ").lines).toEqual(["  Text", "More"]);
  });

  it("removes forbidden control characters and notes them per line", () => {
    const decoded = decodeWireText(
      "Hea\u0000dline\nBell\u0007\u0007 and escape\u001B[0m\nTab\tstays",
    );
    expect(decoded.lines).toEqual(["Headline", "Bell and escape[0m", "Tab\tstays"]);
    expect(decoded.notes).toEqual([
      {
        rule: "control-character",
        note: "Removed control characters (U+0000) from line 1.",
        line: 1,
      },
      {
        rule: "control-character",
        note: "Removed control characters (2 × U+0007, U+001B) from line 2.",
        line: 2,
      },
    ]);
  });

  it("removes bidirectional embedding, override and isolate controls but keeps marks", () => {
    const decoded = decodeWireText("abc\u202Edef\u2066g\u2069\u200Fh");
    expect(decoded.lines).toEqual(["abcdefg\u200Fh"]);
    expect(decoded.notes.map((note) => note.rule)).toEqual(["bidi-control"]);
    expect(decoded.notes[0]?.note).toContain("U+202E, U+2066, U+2069");
  });

  it("replaces lone surrogates with U+FFFD and keeps valid pairs", () => {
    const decoded = decodeWireText("a\uD800b\uDC00c 🎉");
    expect(decoded.lines).toEqual(["a\uFFFDb\uFFFDc 🎉"]);
    expect(decoded.notes).toEqual([
      {
        rule: "invalid-unicode",
        note: "Replaced 2 unpaired surrogate code units on line 1 with U+FFFD.",
        line: 1,
      },
    ]);
  });

  it("returns one empty line for empty input", () => {
    expect(decodeWireText("")).toEqual({ lines: [""], notes: [] });
  });
});
