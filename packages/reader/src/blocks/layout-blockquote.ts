import type { Blockquote } from "@broadsheet/article";
import { alignLine } from "../layout/align-line.js";
import { inlineSegments } from "../layout/inline-segments.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { STYLES } from "../layout/styles.js";
import { textSegment } from "../layout/text-segment.js";
import { wrapText } from "../measure/wrap-text.js";
import { layoutPullQuote } from "./layout-pull-quote.js";

const BAR = "│ ";

function layoutBlockQuote(block: Blockquote, context: LayoutContext): Segment[][] {
  const barred = context.width >= 3 * BAR.length;
  const inner = barred ? context.width - BAR.length : context.width;
  const lines: Segment[][] = [];
  block.paragraphs.forEach((paragraph, index) => {
    if (index > 0) lines.push([]);
    lines.push(...wrapText(inlineSegments(paragraph, context, STYLES.quote), inner));
  });
  if (block.attribution) {
    const attribution = textSegment(`— ${block.attribution}`, STYLES.attribution);
    lines.push(...wrapText([attribution], inner).map((line) => alignLine(line, inner, "right")));
  }
  if (!barred) return lines;
  const bar = { text: BAR, style: STYLES.quoteBar };
  const emptyBar = { text: BAR.trimEnd(), style: STYLES.quoteBar };
  return lines.map((line) => (line.length === 0 ? [emptyBar] : [bar, ...line]));
}

/**
 * A quotation. A block quote is set in the text behind a `│` bar, its attribution (`— Name`)
 * set right; a pull quote is set off for display (see {@link layoutPullQuote}).
 */
export function layoutBlockquote(block: Blockquote, context: LayoutContext): Segment[][] {
  return block.style === "pull"
    ? layoutPullQuote(block, context)
    : layoutBlockQuote(block, context);
}
