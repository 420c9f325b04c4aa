import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeForTerminal } from "./sanitize-for-terminal.js";
import { containsUnsafe } from "./test-unsafe.js";

describe("sanitizeForTerminal", () => {
  it.each([
    [
      "plain text",
      "Harbour Bridge reopens — São Paulo, 東京, 👩‍👩‍👧",
      "Harbour Bridge reopens — São Paulo, 東京, 👩‍👩‍👧",
    ],
    ["keeps newlines", "one\ntwo", "one\ntwo"],
    ["tab becomes a space", "a\tb", "a b"],
    ["bare CR", "safe\roverwritten", "safeoverwritten"],
    ["CR LF becomes LF", "a\r\nb", "a\nb"],
    ["other C0 and DEL", "a\u0000b\u0007c\u0008d\u007Fe\u001Ff", "abcdef"],
    ["CSI clear screen", "a\u001B[2Jb", "ab"],
    ["CSI with parameters and intermediates", "a\u001B[?1049hb\u001B[1;31mc\u001B[2 qd", "abcd"],
    ["unterminated CSI", "a\u001B[12;3", "a"],
    ["CSI broken by a character outside its grammar", "a\u001B[31\u00e9b", "a\u00e9b"],
    ["OSC 0 title ended by BEL", "a\u001B]0;pwned\u0007b", "ab"],
    ["OSC 52 clipboard ended by ST", "a\u001B]52;c;ZXZpbA==\u001B\\b", "ab"],
    ["OSC 8 hyperlink", "\u001B]8;;https://evil.example\u001B\\click\u001B]8;;\u001B\\", "click"],
    ["OSC without terminator runs to the end", "a\u001B]0;title and the rest", "a"],
    ["OSC ended by C1 ST", "a\u001B]0;t\u009Cb", "ab"],
    ["OSC cut by another escape", "a\u001B]0;t\u001B[2Jb", "ab"],
    ["DCS up to ST", "a\u001BP1$qm\u001B\\b", "ab"],
    ["DCS ignores BEL", "a\u001BPx\u0007y\u001B\\b", "ab"],
    ["SOS, PM and APC", "a\u001BXs\u001B\\b\u001B^p\u001B\\c\u001B_a\u001B\\d", "abcd"],
    ["unterminated APC", "a\u001B_hidden", "a"],
    ["CAN aborts a string", "a\u001B]0;t\u0018b", "ab"],
    ["two-character escapes", "a\u001Bcb\u001B7c\u001B=d", "abcd"],
    ["escape with an intermediate", "a\u001B(Bb\u001B#8c", "abc"],
    ["lone ESC at the end", "a\u001B", "a"],
    ["ESC ESC", "a\u001B\u001B[2Jb", "ab"],
    ["ESC before a non-ASCII character", "a\u001Bé", "aé"],
    ["C1 CSI", "a\u009B2Jb", "ab"],
    ["C1 OSC", "a\u009D0;title\u0007b", "ab"],
    ["C1 OSC ended by C1 ST", "a\u009D52;c;x\u009Cb", "ab"],
    ["C1 DCS", "a\u0090q\u001B\\b", "ab"],
    ["other C1 controls", "a\u0085b\u008Dc\u0080d", "abcd"],
    ["bidi overrides and isolates", "a\u202Eb\u202Ac\u2066d\u2069e", "abcde"],
    ["keeps LRM and RLM marks", "a\u200Eb\u200Fc", "a\u200Eb\u200Fc"],
  ])("%s", (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  it("returns text with nothing to remove unchanged", () => {
    const text = "Nothing to see here.";
    expect(sanitizeForTerminal(text)).toBe(text);
  });

  it("stays linear on pathological input", () => {
    const text = "\u001B]".repeat(200_000) + "\u001B[".repeat(200_000) + "\u009B1".repeat(200_000);
    expect(sanitizeForTerminal(text)).toBe("");
  });

  const hostile = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        "\u001B",
        "[",
        "]",
        "\\",
        "P",
        "_",
        "^",
        "X",
        "\u0007",
        "\u009B",
        "\u009C",
        "\u009D",
        "\u0090",
        "\r",
        "\n",
        "\t",
        "\u202E",
        "\u2067",
        ";",
        "0",
        "m",
      ),
      fc.string({ unit: "binary", maxLength: 1 }),
    ),
    maxLength: 60,
  });

  it("never lets a control, escape or bidi control through, and is idempotent", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const clean = sanitizeForTerminal(text);
        expect(containsUnsafe(clean)).toBe(false);
        expect(sanitizeForTerminal(clean)).toBe(clean);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves text without forbidden characters unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        fc.pre(!containsUnsafe(text));
        expect(sanitizeForTerminal(text)).toBe(text);
      }),
    );
  });
});
