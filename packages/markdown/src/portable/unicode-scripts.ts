import type { Inline, Mark, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";

const SUBSCRIPT: Readonly<Record<string, string>> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
  "+": "₊",
  "-": "₋",
  "−": "₋",
  "=": "₌",
  "(": "₍",
  ")": "₎",
};

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "+": "⁺",
  "-": "⁻",
  "−": "⁻",
  "=": "⁼",
  "(": "⁽",
  ")": "⁾",
};

function mapped(text: string, table: Readonly<Record<string, string>>): string | undefined {
  let out = "";
  for (const char of text) {
    const replacement = table[char];
    if (replacement === undefined) return undefined;
    out += replacement;
  }
  return out;
}

function scriptless(span: Span): Span {
  const marks: Mark[] = (span.marks ?? []).filter((mark) => mark !== "sub" && mark !== "sup");
  const { marks: _marks, ...rest } = span;
  const plain: Span = marks.length > 0 ? { ...rest, marks } : rest;
  const sub = span.marks?.includes("sub") ?? false;
  const sup = span.marks?.includes("sup") ?? false;
  if (sub === sup || marks.includes("code")) return plain;
  const text = mapped(span.text, sub ? SUBSCRIPT : SUPERSCRIPT);
  return text === undefined ? plain : { ...plain, text };
}

function hasScripts(content: Inline): boolean {
  for (const span of content) {
    const marks = span.marks;
    if (marks !== undefined && (marks.includes("sub") || marks.includes("sup"))) return true;
  }
  return false;
}

/**
 * Inline content without `sub` and `sup` marks, for targets that drop raw HTML: text made only
 * of digits, `+ - − = ( )` becomes the Unicode subscript or superscript characters (`CO₂`,
 * `10⁶`); anything else stays as plain text (`5th`, `PM2.5`).
 */
export function unicodeScripts(content: Inline): Inline {
  return hasScripts(content) ? normalizeInline(content.map(scriptless)) : content;
}
