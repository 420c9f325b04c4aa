import type { Image } from "@broadsheet/article";
import { inlineSegments } from "../inline-segments.js";
import type { LayoutContext } from "../layout-context.js";
import type { Segment } from "../layout-types.js";
import { linkDestination } from "../link-destination.js";
import { STYLES } from "../styles.js";
import { textSegment } from "../text-segment.js";
import { wrapText } from "../wrap-text.js";

/**
 * A figure, dimmed: an `[Image: alt]` placeholder (linked to the picture when hyperlinks are on),
 * then the caption and the credit.
 */
export function layoutImage(block: Image, context: LayoutContext): Segment[][] {
  const href = context.hyperlinks ? linkDestination(block.src) : undefined;
  const style = href ? { ...STYLES.placeholder, href } : STYLES.placeholder;
  const lines = wrapText([textSegment(`[Image: ${block.alt}]`, style)], context.width);
  if (block.caption) {
    lines.push(...wrapText(inlineSegments(block.caption, context, STYLES.caption), context.width));
  }
  if (block.credit) {
    lines.push(
      ...wrapText([textSegment(`Credit: ${block.credit}`, STYLES.caption)], context.width),
    );
  }
  return lines;
}
