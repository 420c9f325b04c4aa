import type { Image, Inline, Paragraph } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { toggleEmphasis } from "./toggle-emphasis.js";

function captionLine(block: Image): Inline | undefined {
  const caption = block.caption === undefined ? [] : toggleEmphasis(block.caption);
  if (block.credit === undefined) return caption.length > 0 ? caption : undefined;
  return caption.length > 0
    ? normalizeInline([...caption, { text: ` ${block.credit}` }])
    : [{ text: block.credit }];
}

/**
 * An image as plain Markdown: `![alt](src)` alone, then the caption in italics and the credit
 * as a paragraph of their own. The dimensions are dropped.
 */
export function imageWithCaption(block: Image): (Image | Paragraph)[] {
  const image: Image = { type: "image", src: block.src, alt: block.alt };
  const line = captionLine(block);
  return line === undefined ? [image] : [image, { type: "paragraph", content: line }];
}
