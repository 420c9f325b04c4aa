import type { Image, Inline, Mark, Span } from "@broadsheet/article";
import type { Token } from "marked";
import { normalizeInline } from "../normalize-inline.js";
import { unprotectLiquid } from "../templates/liquid-raw.js";
import { decodeText } from "./decode-text.js";
import type { ReadContext } from "./read-context.js";
import { MARKS } from "./read-inline.js";

const IMAGE = /^<p><img src="([^"<>]*)" alt="([^"<>]*)"><\/p>\n*$/;
const LIQUID_PRINT = /\{\{ '([{%])' \}\}/g;
const HTML_PIECE =
  /<(\/?)(em|strong|code|sub|sup|del)>|<a href="([^"<>]*)">|<\/a>|<br>|[^<>]+|[<>]/g;

/**
 * Reads inline HTML as render/inline-html.ts writes it (text with character references, the
 * mark tags, `<a href>` and `<br>`) back into spans; code in it had its Liquid runs put in raw
 * blocks (Forem runs Liquid over the HTML), which are taken out. Anything else is a string
 * saying what Broadsheet does not write.
 */
export function readInlineHtml(html: string): Inline | string {
  const spans: Span[] = [];
  const marks: Mark[] = [];
  let href: string | undefined;
  for (const [piece, closing, name, link] of html.matchAll(HTML_PIECE)) {
    const mark = (name === "code" ? "code" : MARKS.get(name ?? "")) as Mark;
    if (piece === "<" || piece === ">") return "a tag Broadsheet does not write";
    if (name !== undefined && !closing) marks.push(mark);
    else if (name !== undefined && marks.pop() !== mark) return `</${name}> closing nothing`;
    else if (link !== undefined && href !== undefined) return "a link inside a link";
    else if (link !== undefined) href = decodeText(link);
    else if (piece === "</a>" && href === undefined) return "</a> closing nothing";
    else if (piece === "</a>") href = undefined;
    else if (name === undefined) {
      const text = piece === "<br>" ? "\n" : decodeText(piece);
      const code = marks.includes("code");
      spans.push({ text: code ? unprotectLiquid(text) : text, marks: [...marks], href });
    }
  }
  return marks.length > 0 || href !== undefined ? "a tag left open" : normalizeInline(spans);
}

/**
 * An image written as an `<img>` element for markdown-it or Redcarpet (see imageHtml), read
 * back, with Redcarpet's Liquid printing of `{` and `%` undone; undefined for any other token.
 */
export function readImageHtml(token: Token, context: ReadContext): Image | undefined {
  const html = context.family === "markdown-it" || context.family === "redcarpet";
  const match = html && token.type === "html" ? IMAGE.exec(token.raw) : null;
  if (!match) return undefined;
  const alt = decodeText(match[2] as string);
  return {
    type: "image",
    src: decodeText(match[1] as string),
    alt: context.family === "redcarpet" ? alt.replace(LIQUID_PRINT, "$1") : alt,
  };
}
