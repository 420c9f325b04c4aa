import type { Inline, Mark, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { unprotectLiquid } from "../templates/liquid-raw.js";
import { decodeText } from "./decode-text.js";
import type { ReadContext } from "./read-context.js";

const TAG = /<(\/?)(em|strong|code|sub|sup|del)>|<a href="([^"<>]*)">|(<\/a>)|(<br>)/g;
const MARKS: Readonly<Record<string, Mark>> = {
  em: "em",
  strong: "strong",
  code: "code",
  sub: "sub",
  sup: "sup",
  del: "strike",
};

/**
 * Reads inline HTML as render/inline-html.ts writes it (text with character references, the
 * mark tags, `<a href>` and `<br>`) back into spans; code in it had its Liquid runs put in raw
 * blocks (Forem runs Liquid over the HTML), which are taken out. Anything else is an error at
 * the line, and undefined.
 */
export function readInlineHtml(
  html: string,
  line: number,
  context: ReadContext,
): Inline | undefined {
  const spans: Span[] = [];
  const marks: Mark[] = [];
  let href: string | undefined;
  let at = 0;
  const fail = (what: string) => {
    context.error(
      line,
      `${what} in an HTML list item: write it as Broadsheet writes HTML lists (text, <em>, <strong>, <code>, <sub>, <sup>, <del>, <a href>, <br>)`,
    );
    return undefined;
  };
  const addText = (raw: string) => {
    if (raw.includes("<") || raw.includes(">")) return false;
    let text = raw === "\n" ? raw : decodeText(raw);
    if (text === "") return true;
    if (marks.includes("code")) text = unprotectLiquid(text);
    const span: Span = { text };
    if (marks.length > 0) span.marks = [...marks];
    if (href !== undefined) span.href = href;
    spans.push(span);
    return true;
  };
  for (const match of html.matchAll(TAG)) {
    if (!addText(html.slice(at, match.index))) return fail("a tag Broadsheet does not write");
    at = match.index + match[0].length;
    const [, closing, name, link, linkEnd, lineBreak] = match;
    if (lineBreak !== undefined) {
      if (!addText("\n")) return fail("a line break");
    } else if (link !== undefined) {
      if (href !== undefined) return fail("a link inside a link");
      href = decodeText(link);
    } else if (linkEnd !== undefined) {
      if (href === undefined) return fail("</a> closing nothing");
      href = undefined;
    } else if (closing) {
      if (marks.at(-1) !== MARKS[name as string]) return fail(`</${name}> closing nothing`);
      marks.pop();
    } else {
      marks.push(MARKS[name as string] as Mark);
    }
  }
  if (!addText(html.slice(at))) return fail("a tag Broadsheet does not write");
  if (marks.length > 0 || href !== undefined) return fail("a tag left open");
  return normalizeInline(spans);
}
