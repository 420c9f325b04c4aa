import { Mark, type Span } from "@broadsheet/article";

const MARK_ORDER: readonly Mark[] = Mark.options;

/**
 * The normal form of inline content, as `fromMarkdown` returns it: empty spans dropped, marks in
 * schema order without repeats, and adjacent spans with the same marks and link merged.
 */
export function normalizeInline(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.text === "") continue;
    const marks = span.marks?.length ? MARK_ORDER.filter((mark) => span.marks?.includes(mark)) : [];
    const last = out.at(-1);
    const lastMarks = last?.marks ?? [];
    const same =
      lastMarks.length === marks.length && marks.every((mark, index) => mark === lastMarks[index]);
    if (last && last.href === span.href && same) {
      last.text += span.text;
      continue;
    }
    const next: Span = { text: span.text };
    if (marks.length > 0) next.marks = marks;
    if (span.href !== undefined) next.href = span.href;
    out.push(next);
  }
  return out;
}
