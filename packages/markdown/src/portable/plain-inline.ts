import { type Block, type Inline, type Mark, type Span, unicodeScript } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";

/** The span with these marks (none: no `marks` key) and, if given, this text. */
function marked(span: Span, marks: readonly Mark[], text = span.text): Span {
  const { marks: _marks, ...rest } = span;
  return marks.length > 0 ? { ...rest, text, marks: [...marks] } : { ...rest, text };
}

const without = (span: Span, ...dropped: Mark[]) =>
  (span.marks ?? []).filter((mark) => !dropped.includes(mark));

/**
 * Inline content set in italics the way print does it: roman text becomes italic and italic text
 * roman. Whitespace at the edges of an italic run is kept outside the emphasis.
 */
export function toggleEmphasis(content: Inline): Inline {
  const out: Span[] = [];
  for (const span of content) {
    const roman = without(span, "em");
    if (span.marks?.includes("em") || roman.includes("code")) {
      out.push(marked(span, span.marks?.includes("em") ? roman : ["em", ...roman]));
      continue;
    }
    const start = /^\s*/u.exec(span.text)?.[0].length ?? 0;
    let end = span.text.length;
    while (end > start && /^\s$/u.test(span.text[end - 1] as string)) end--;
    out.push(marked(span, roman, span.text.slice(0, start)));
    out.push(marked(span, ["em", ...roman], span.text.slice(start, end)));
    out.push(marked(span, roman, span.text.slice(end)));
  }
  return normalizeInline(out);
}

/**
 * Inline content without `sub` and `sup` marks, for targets that drop raw HTML: text made only
 * of digits, `+ - − = ( )` becomes the Unicode subscript or superscript characters (`CO₂`,
 * `10⁶`); anything else stays as plain text (`5th`, `PM2.5`).
 */
export function unicodeScripts(content: Inline): Inline {
  if (!content.some((span) => span.marks?.some((mark) => mark === "sub" || mark === "sup"))) {
    return content;
  }
  return normalizeInline(
    content.map((span) => {
      const marks = without(span, "sub", "sup");
      const sub = span.marks?.includes("sub") ?? false;
      if (sub === (span.marks?.includes("sup") ?? false) || marks.includes("code")) {
        return marked(span, marks);
      }
      return marked(span, marks, unicodeScript(span.text, sub ? "sub" : "sup") ?? span.text);
    }),
  );
}

const SHORTCODE_START = /\{\{[<%]/;

/**
 * Inline code holding `{{<` or `{{%`, which Hugo would run as a shortcode even inside a code
 * span, split around its second brace: `` `a {`{`< b >}}` ``. The text stays exact; that one
 * brace is set outside the code.
 */
export function splitShortcodeCode(content: Inline): Inline {
  const holds = (span: Span) => span.marks?.includes("code") && SHORTCODE_START.test(span.text);
  if (!content.some(holds)) return content;
  return content.flatMap((span) => {
    if (!holds(span)) return [span];
    const [first, ...rest] = span.text.split(/(?<=\{)(?=\{[<%])/);
    const brace = marked(span, without(span, "code"), "{");
    return [
      { ...span, text: first as string },
      ...rest.flatMap((part) => [brace, { ...span, text: part.slice(1) }]),
    ];
  });
}

const TYPOGRAPHY = /---|--|\.\.\.|<<|>>|['"]/g;
const MARKS: Readonly<Record<string, string>> = {
  "---": "—",
  "--": "–",
  "...": "…",
  "<<": "«",
  ">>": "»",
};

/**
 * An image's alt text with the typography Goldmark's typographer would give it (curly quotes
 * and apostrophes, dashes, ellipsis, guillemets), for Hugo: Hugo 0.111 writes the references
 * the typographer makes into the alt attribute escaped, so `it's` would show as `it&rsquo;s`.
 */
export function typographicAlt(block: Block): Block {
  if (block.type !== "image" || !/['"]|--|\.\.\.|<<|>>/.test(block.alt)) return block;
  const alt = block.alt.replace(TYPOGRAPHY, (mark: string, at: number, text: string) => {
    const opening = at === 0 || /[\s([{\u2014\u2013-]/.test(text[at - 1] as string);
    if (mark === "'") return opening ? "‘" : "’";
    return mark === '"' ? (opening ? "“" : "”") : (MARKS[mark] as string);
  });
  return { ...block, alt };
}
