import { expect } from "vitest";

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, offset) => String.fromCharCode(from + offset));

/**
 * Every character class a terminal acts on or a reader misreads, one string each: every C0
 * control, DEL, every C1 control, the bidi embeddings, overrides and isolates, the line and
 * paragraph separators, lone surrogates, and whole escape sequences (OSC 52 clipboard, OSC 2
 * title, CSI, their C1 forms).
 */
export const HOSTILE: readonly string[] = [
  ...range(0x00, 0x1f),
  "\u007F",
  ...range(0x80, 0x9f),
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
  "\u2028",
  "\u2029",
  "\uD800",
  "\uDFFF",
  "\u001B]52;c;aGFja2Vk\u0007",
  "\u001B]2;PWNED\u0007",
  "\u001B]2;PWNED\u001B\\",
  "\u001B[2J\u001B[31m",
  "\u009B31m\u009D2;T\u009C",
  "\r\n9 of 9 articles valid\nbroadsheet: forged error\n",
];

/** All of {@link HOSTILE} in one string. */
export const ALL_HOSTILE = HOSTILE.join("");

/** `text` as it can be part of a file name: no NUL, no slash, no lone surrogate. */
export function fileNamePart(text: string): string {
  return text
    .replace(/[\0/]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

/** `text` as a YAML double-quoted scalar, every character outside printable ASCII escaped. */
export function yamlQuoted(text: string): string {
  let out = '"';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code < 0x7f && code !== 0x22 && code !== 0x5c) out += text[index];
    else out += `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return `${out}"`;
}

/**
 * Characters no message may carry to a terminal: controls other than the newline (tabs
 * included), DEL, C1, separators, bidi controls and lone surrogates (written out, a lone
 * surrogate reads back as U+FFFD: check for its visible escape where one is expected). Written
 * with plain ranges, independently of the sanitizer.
 */
const NOT_IN_A_MESSAGE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks that `output` is lines of messages a terminal can only print: returns those lines. */
export function expectCleanLines(output: string): string[] {
  const bad = NOT_IN_A_MESSAGE.exec(output);
  expect(
    bad && `U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0")} at ${bad.index}`,
    output,
  ).toBeNull();
  if (output === "") return [];
  expect(output.endsWith("\n"), output).toBe(true);
  return output.slice(0, -1).split("\n");
}
