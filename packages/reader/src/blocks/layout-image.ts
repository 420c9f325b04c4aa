import type { Image } from "@broadsheet/article";
import { inlineSegments } from "../layout/inline-segments.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { linkDestination } from "../layout/link-destination.js";
import { STYLES } from "../layout/styles.js";
import { textSegment } from "../layout/text-segment.js";
import { wrapText } from "../measure/wrap-text.js";

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
