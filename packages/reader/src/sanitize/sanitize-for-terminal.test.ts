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

/** Whether text holds anything the visible modes must escape: {@link containsUnsafe}, separators and lone surrogates. */
function containsVisiblyUnsafe(text: string, allowed: string): boolean {
  const rest = [...allowed].reduce((left, char) => left.replaceAll(char, ""), text);
  return (
    containsUnsafe(rest.replaceAll("\n", "\u0000")) ||
    /[\u2028\u2029]/.test(rest) ||
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(rest)
  );
}

describe("sanitizeForTerminal, visible modes", () => {
  it.each([
    [
      "OSC 52 and OSC 2",
      "k\u001B]52;c;aGk=\u0007\u001B]2;T\u0007",
      "k\\x1b]52;c;aGk=\\x07\\x1b]2;T\\x07",
    ],
    ["CSI", "a\u001B[2Jb", "a\\x1b[2Jb"],
    ["C1 CSI, OSC, ST and NEL", "a\u009B2J\u009D0;t\u009C\u0085b", "a\\x9b2J\\x9d0;t\\x9c\\x85b"],
    ["DEL, NUL, VT, FF, CR", "a\u007F\u0000\u000B\u000C\rb", "a\\x7f\\x00\\x0b\\x0c\\rb"],
    ["bidi override and isolate", "a\u202Eb\u2067c", "a\\u202eb\\u2067c"],
    ["line and paragraph separators", "a\u2028b\u2029c", "a\\u2028b\\u2029c"],
    ["lone surrogates, not pairs", "a\uD800b\uDC00c👩‍👧", "a\\ud800b\\udc00c👩‍👧"],
    ["a high surrogate at the end", "a\uD83D", "a\\ud83d"],
    ["tab", "a\tb", "a\\tb"],
    ["keeps bidi marks", "a\u200Fb", "a\u200Fb"],
  ])("%s", (_name, input, expected) => {
    expect(sanitizeForTerminal(input, "lines")).toBe(expected);
  });

  it("keeps newlines in lines and documents, shows them in a field; keeps tabs in documents", () => {
    expect(sanitizeForTerminal("a\nb\tc", "lines")).toBe("a\nb\\tc");
    expect(sanitizeForTerminal("a\nb\tc", "field")).toBe("a\\nb\\tc");
    expect(sanitizeForTerminal("a\nb\tc", "document")).toBe("a\nb\tc");
  });

  const anyUnit = fc.string({
    unit: fc.oneof(
      fc
        .integer({ min: 0, max: 0xa0 })
        .filter((code) => code !== 0x5c)
        .map((code) => String.fromCharCode(code)),
      fc.constantFrom(
        ...["\u2028", "\u2029", "\u202A", "\u202E", "\u2066", "\u2069", "\u200F"],
        ...["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "é", "👩", "\u200D"],
      ),
    ),
    maxLength: 60,
  });

  const readBack = (text: string) =>
    text.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[tnr])/g, (_escape, code: string) =>
      code === "t"
        ? "\t"
        : code === "n"
          ? "\n"
          : code === "r"
            ? "\r"
            : String.fromCharCode(Number.parseInt(code.slice(1), 16)),
    );

  it.each([
    ["lines", "\n"],
    ["field", ""],
    ["document", "\n\t"],
  ] as const)(
    "%s: lets nothing through but %j, is idempotent, and can be read back",
    (mode, allowed) => {
      fc.assert(
        fc.property(anyUnit, (text) => {
          const clean = sanitizeForTerminal(text, mode);
          expect(containsVisiblyUnsafe(clean, allowed)).toBe(false);
          expect(sanitizeForTerminal(clean, mode)).toBe(clean);
          expect(readBack(clean)).toBe(text);
        }),
        { numRuns: 2000 },
      );
    },
  );

  it("stays linear on pathological input", () => {
    const text = "\u001B\uD800".repeat(300_000);
    expect(sanitizeForTerminal(text, "field")).toHaveLength(300_000 * 10);
  });
});
