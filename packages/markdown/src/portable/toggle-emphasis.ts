import type { Inline, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";

const LEADING_SPACE = /^\s*/u;
const SPACE = /^\s$/u;

/**
 * The text split into its leading whitespace, the middle and its trailing whitespace. The end is
 * found from the end: `^(\s*)(.*?)(\s*)$` would try the trailing run at every character of a
 * long run of spaces inside the text, quadratic.
 */
function edges(text: string): [string, string, string] {
  const before = LEADING_SPACE.exec(text)?.[0] ?? "";
  if (before.length === text.length) return [before, "", ""];
  let end = text.length;
  while (end > before.length && SPACE.test(text[end - 1] as string)) end--;
  return [before, text.slice(before.length, end), text.slice(end)];
}

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
    const [before, middle, after] = edges(span.text);
    if (before) out.push(withoutEm(span, before));
    if (middle) out.push({ ...span, text: middle });
    if (after) out.push(withoutEm(span, after));
  }
  return normalizeInline(out);
}
