import type { List } from "@broadsheet/article";
import { inlineSegments } from "../layout/inline-segments.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { prefixLines } from "../layout/prefix-lines.js";
import { STYLES } from "../layout/styles.js";
import { displayWidth } from "../measure/display-width.js";
import { wrapText } from "../measure/wrap-text.js";

/** Narrowest text column worth a hanging indent; below it the marker gets a line of its own. */
const MIN_TEXT = 2;

/**
 * A list: `•` bullets, or numbers from `start` (default 1) set right so the dots line up, each
 * item wrapped with a hanging indent under its text.
 */
export function layoutList(block: List, context: LayoutContext): Segment[][] {
  const start = block.start ?? 1;
  const markers = block.items.map((_, index) => (block.ordered ? `${start + index}.` : "•"));
  const markerWidth = Math.max(...markers.map(displayWidth));
  const indent = markerWidth + 1;
  const lines: Segment[][] = [];
  block.items.forEach((item, index) => {
    const marker = (markers[index] ?? "").padStart(markerWidth, " ");
    const segments = inlineSegments(item, context);
    if (context.width - indent < MIN_TEXT) {
      lines.push(...wrapText([{ text: marker.trimStart(), style: STYLES.marker }], context.width));
      lines.push(...wrapText(segments, context.width));
      return;
    }
    const first = [{ text: marker, style: STYLES.marker }, { text: " " }];
    const rest = [{ text: " ".repeat(indent) }];
    lines.push(...prefixLines(wrapText(segments, context.width - indent), first, rest));
  });
  return lines;
}
