import { type Inline, type Mark, type Span, unicodeScript } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";

function scriptless(span: Span): Span {
  const marks: Mark[] = (span.marks ?? []).filter((mark) => mark !== "sub" && mark !== "sup");
  const { marks: _marks, ...rest } = span;
  const plain: Span = marks.length > 0 ? { ...rest, marks } : rest;
  const sub = span.marks?.includes("sub") ?? false;
  const sup = span.marks?.includes("sup") ?? false;
  if (sub === sup || marks.includes("code")) return plain;
  const text = unicodeScript(span.text, sub ? "sub" : "sup");
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
