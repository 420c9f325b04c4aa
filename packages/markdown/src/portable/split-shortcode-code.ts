import type { Inline, Mark, Span } from "@broadsheet/article";

const SHORTCODE_START = /\{\{[<%]/;

function withoutCode(span: Span, text: string): Span {
  const marks: Mark[] = (span.marks ?? []).filter((mark) => mark !== "code");
  const { marks: _marks, ...rest } = span;
  return marks.length > 0 ? { ...rest, text, marks } : { ...rest, text };
}

function holds(span: Span): boolean {
  return span.marks?.includes("code") === true && SHORTCODE_START.test(span.text);
}

function split(span: Span): Span[] {
  const out: Span[] = [];
  let rest = span.text;
  for (let match = SHORTCODE_START.exec(rest); match; match = SHORTCODE_START.exec(rest)) {
    out.push({ ...span, text: rest.slice(0, match.index + 1) }, withoutCode(span, "{"));
    rest = rest.slice(match.index + 2);
  }
  if (rest !== "") out.push({ ...span, text: rest });
  return out;
}

/**
 * Inline code holding `{{<` or `{{%`, which Hugo would run as a shortcode even inside a code
 * span, split around its second brace: `` `a {`{`< b >}}` ``. The text stays exact; that one
 * brace is set outside the code.
 */
export function splitShortcodeCode(content: Inline): Inline {
  if (!content.some(holds)) return content;
  return content.flatMap((span) => (holds(span) ? split(span) : [span]));
}
