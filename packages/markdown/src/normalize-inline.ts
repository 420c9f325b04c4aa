import { Mark, type Span } from "@broadsheet/article";

const MARK_ORDER: readonly Mark[] = Mark.options;

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((mark, index) => mark === right[index]);
}

function canonicalMarks(marks: readonly Mark[] | undefined): Mark[] | undefined {
  if (!marks || marks.length === 0) return undefined;
  const present = new Set(marks);
  return MARK_ORDER.filter((mark) => present.has(mark));
}

/**
 * The normal form of inline content, as `fromMarkdown` returns it: empty spans dropped, marks in
 * schema order without repeats, and adjacent spans with the same marks and link merged.
 */
export function normalizeInline(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.text === "") continue;
    const marks = canonicalMarks(span.marks);
    const last = out.at(-1);
    if (last && last.href === span.href && sameMarks(last.marks, marks)) {
      last.text += span.text;
      continue;
    }
    const next: Span = { text: span.text };
    if (marks) next.marks = marks;
    if (span.href !== undefined) next.href = span.href;
    out.push(next);
  }
  return out;
}
