import type { Blockquote } from "@broadsheet/article";
import { alignLine } from "../layout/align-line.js";
import { inlineSegments } from "../layout/inline-segments.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { ruleLine } from "../layout/rule-line.js";
import { STYLES } from "../layout/styles.js";
import { textSegment } from "../layout/text-segment.js";
import { wrapText } from "../measure/wrap-text.js";

/** Columns kept clear on each side of a pull quote, when the column is wide enough. */
const INSET = 4;

/** A pull quote set off for display: centred and bold between two rules, attribution below. */
export function layoutPullQuote(block: Blockquote, context: LayoutContext): Segment[][] {
  const { width } = context;
  const inset = width >= 6 * INSET ? INSET : 0;
  const inner = width - 2 * inset;
  const centre = (line: Segment[]) => alignLine(line, width, "center");
  const rule = centre(ruleLine(inner, STYLES.pullRule));
  const lines: Segment[][] = [rule];
  for (const paragraph of block.paragraphs) {
    const segments = inlineSegments(paragraph, context, STYLES.pullQuote);
    lines.push(...wrapText(segments, inner).map(centre));
  }
  if (block.attribution) {
    const attribution = textSegment(`— ${block.attribution}`, STYLES.attribution);
    lines.push(...wrapText([attribution], inner).map(centre));
  }
  lines.push(rule);
  return lines;
}
