import { FORBIDDEN_TEXT_CHARACTERS, NONCHARACTER_PATTERN } from "@broadsheet/article";
import type { WireNote } from "./wire-rule.js";

const LINE_SEPARATORS = "\\u000B\\u000C\\u0085\\u2028";
const LINE_BREAK = new RegExp(`\\r\\n?|[${LINE_SEPARATORS}]`, "g");
const PARAGRAPH_SEPARATOR = /\u2029/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FORBIDDEN = new RegExp(`[${FORBIDDEN_TEXT_CHARACTERS}]`, "g");
const NONCHARACTER = new RegExp(NONCHARACTER_PATTERN, "g");

/** The decoded input: one string per line, and what had to be changed to make it valid text. */
export interface DecodedWireText {
  lines: string[];
  notes: WireNote[];
}

function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function describeRemovals(counts: Map<number, number>): string {
  return [...counts]
    .map(([code, count]) => (count > 1 ? `${count} × ${codePointName(code)}` : codePointName(code)))
    .join(", ");
}

function removeForbidden(line: string, number: number, notes: WireNote[]): string {
  const controls = new Map<number, number>();
  const bidi = new Map<number, number>();
  const cleaned = line.replace(FORBIDDEN, (character) => {
    const code = character.charCodeAt(0);
    const counts = isBidiControl(code) ? bidi : controls;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    return "";
  });
  if (controls.size > 0) {
    notes.push({
      rule: "control-character",
      note: `Removed control characters (${describeRemovals(controls)}) from line ${number}.`,
      line: number,
    });
  }
  if (bidi.size > 0) {
    notes.push({
      rule: "bidi-control",
      note: `Removed bidirectional control characters (${describeRemovals(bidi)}) from line ${number}; check that the line reads as intended.`,
      line: number,
    });
  }
  return cleaned;
}

/**
 * Decodes wire copy into clean lines: a leading byte-order mark is dropped; CRLF, CR, NEL, VT, FF
 * and U+2028 end a line and U+2029 ends a paragraph; lone surrogates and noncharacters become U+FFFD; each line is
 * NFC-normalized, loses its trailing whitespace, and loses the control and bidirectional override
 * characters the article schema forbids. Every replacement or removal is noted with its line.
 */
export function decodeWireText(input: string): DecodedWireText {
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)
    .replace(LINE_BREAK, "\n")
    .replace(PARAGRAPH_SEPARATOR, "\n\n");
  const notes: WireNote[] = [];
  const lines = text.split("\n").map((raw, index) => {
    const number = index + 1;
    let surrogates = 0;
    let noncharacters = 0;
    const wellFormed = raw
      .replace(LONE_SURROGATE, () => {
        surrogates++;
        return "\uFFFD";
      })
      .replace(NONCHARACTER, () => {
        noncharacters++;
        return "\uFFFD";
      });
    if (surrogates > 0) {
      notes.push({
        rule: "invalid-unicode",
        note: `Replaced ${surrogates} unpaired surrogate code unit${surrogates > 1 ? "s" : ""} on line ${number} with U+FFFD.`,
        line: number,
      });
    }
    if (noncharacters > 0) {
      notes.push({
        rule: "invalid-unicode",
        note: `Replaced ${noncharacters} noncharacter${noncharacters > 1 ? "s" : ""} on line ${number} with U+FFFD.`,
        line: number,
      });
    }
    return removeForbidden(wellFormed.normalize("NFC"), number, notes).trimEnd();
  });
  return { lines, notes };
}
