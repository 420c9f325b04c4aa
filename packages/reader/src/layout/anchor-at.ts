import { blockLines } from "./block-lines.js";
import type { Layout, ReadingAnchor } from "./layout-types.js";

/**
 * The reading position at line `topLine` (the top line shown) as a width-independent anchor: its
 * block (-1 header, -2 footer) and how far into the block's lines it is, from 0 (its first line)
 * up to but not including 1. An empty layout gives the top of the header.
 */
export function anchorAt(layout: Layout, topLine: number): ReadingAnchor {
  const { lines } = layout;
  if (lines.length === 0) return { block: -1, fraction: 0 };
  const index = Math.min(lines.length - 1, Math.max(0, Math.floor(topLine) || 0));
  const block = lines[index]?.block ?? -1;
  const span = blockLines(layout, block, index);
  if (!span || span.count <= 1) return { block, fraction: 0 };
  return { block, fraction: (index - span.first) / span.count };
}
