import type { Heading } from "@broadsheet/article";
import { inlineSegments } from "../layout/inline-segments.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { ruleLine } from "../layout/rule-line.js";
import { STYLES } from "../layout/styles.js";
import { segmentsWidth } from "../measure/segments-width.js";
import { wrapText } from "../measure/wrap-text.js";

const LEVEL_STYLES = { 2: STYLES.heading2, 3: STYLES.heading3, 4: STYLES.heading4 } as const;

/**
 * A subhead: bold for levels 2 and 3, italic for level 4, in the heading role; a level-2 heading
 * is underlined with a rule as wide as its text. (The extra blank line before a level-2 heading
 * is added between blocks.)
 */
export function layoutHeading(block: Heading, context: LayoutContext): Segment[][] {
  const style = LEVEL_STYLES[block.level] ?? STYLES.heading4;
  const lines = wrapText(inlineSegments(block.content, context, style), context.width);
  if (block.level !== 2) return lines;
  const width = Math.max(1, ...lines.map(segmentsWidth));
  return [...lines, ruleLine(Math.min(width, context.width), STYLES.headingRule)];
}
