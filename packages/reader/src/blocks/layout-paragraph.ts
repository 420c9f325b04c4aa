import type { Paragraph } from "@broadsheet/article";
import { inlineSegments } from "../layout/inline-segments.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { wrapText } from "../measure/wrap-text.js";

/** A paragraph: its inline content wrapped to the width. */
export function layoutParagraph(block: Paragraph, context: LayoutContext): Segment[][] {
  return wrapText(inlineSegments(block.content, context), context.width);
}
