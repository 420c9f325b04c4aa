import type { Image } from "@broadsheet/article";
import type { Token } from "marked";
import { decodeText } from "./decode-text.js";
import type { ReadContext } from "./read-context.js";

const IMAGE = /^<p><img src="([^"<>]*)" alt="([^"<>]*)"><\/p>\n*$/;
const LIQUID_PRINT = /\{\{ '([{%])' \}\}/g;

/**
 * An image written as an `<img>` element for markdown-it or Redcarpet (see imageHtml), read
 * back, with Redcarpet's Liquid printing of `{` and `%` undone; undefined for any other token.
 */
export function readImageHtml(token: Token, context: ReadContext): Image | undefined {
  if (
    token.type !== "html" ||
    (context.family !== "markdown-it" && context.family !== "redcarpet")
  ) {
    return undefined;
  }
  const match = IMAGE.exec(token.raw);
  if (match === null) return undefined;
  const alt = decodeText(match[2] as string);
  return {
    type: "image",
    src: decodeText(match[1] as string),
    alt: context.family === "redcarpet" ? alt.replace(LIQUID_PRINT, "$1") : alt,
  };
}
