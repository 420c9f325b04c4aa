import { blockLines } from "./block-lines.js";
import type { Layout, ReadingAnchor } from "./layout-types.js";

/**
 * The line to show at the top for a reading anchor, in a layout of any width: the line the same
 * fraction of the way into the same block (its first line for fraction 0). When the block is not
 * in the layout (a partial layout, another article), the first line of the next block that is,
 * else the last line; the header's first line for an empty layout.
 */
export function lineForAnchor(layout: Layout, anchor: ReadingAnchor): number {
  const { lines } = layout;
  if (lines.length === 0) return 0;
  const span = blockLines(layout, anchor.block);
  if (span) {
    const fraction = Number.isFinite(anchor.fraction)
      ? Math.min(1, Math.max(0, anchor.fraction))
      : 0;
    return span.first + Math.min(span.count - 1, Math.floor(fraction * span.count + 1e-9));
  }
  if (anchor.block >= 0) {
    const next = lines.findIndex((line) => line.block > anchor.block);
    if (next >= 0) return next;
    const footer = lines.findIndex((line) => line.block === -2);
    if (footer >= 0) return footer;
  }
  return anchor.block === -1 ? 0 : lines.length - 1;
}
