import type { Inline, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";

const EDGE_SPACE = /^(\s*)(.*?)(\s*)$/su;

function toggled(span: Span): Span {
  const marks = span.marks ?? [];
  const next = marks.includes("em")
    ? marks.filter((mark) => mark !== "em")
    : ["em" as const, ...marks];
  const { marks: _marks, ...rest } = span;
  return next.length > 0 ? { ...rest, marks: next } : rest;
}

function withoutEm(span: Span, text: string): Span {
  const marks = (span.marks ?? []).filter((mark) => mark !== "em");
  const { marks: _marks, ...rest } = span;
  return marks.length > 0 ? { ...rest, text, marks } : { ...rest, text };
}

/**
 * Inline content set in italics the way print does it: roman text becomes italic and italic text
 * roman. Whitespace at the edges of an italic run is kept outside the emphasis.
 */
export function toggleEmphasis(content: Inline): Inline {
  const out: Span[] = [];
  for (const span of content.map(toggled)) {
    if (!span.marks?.includes("em") || span.marks.includes("code")) {
      out.push(span);
      continue;
    }
    const [, before = "", middle = "", after = ""] = EDGE_SPACE.exec(span.text) ?? [];
    if (before) out.push(withoutEm(span, before));
    if (middle) out.push({ ...span, text: middle });
    if (after) out.push(withoutEm(span, after));
  }
  return normalizeInline(out);
}
