import type { Layout } from "./layout-types.js";

/**
 * Where a block's lines are in the layout: the index of its first line and how many it has
 * (including the blank lines after it), found from `near`, any line of the block, or by a search
 * of the whole layout; undefined when the block has no lines.
 */
export function blockLines(
  layout: Layout,
  block: number,
  near?: number,
): { first: number; count: number } | undefined {
  const { lines } = layout;
  let index = near;
  if (index === undefined || lines[index]?.block !== block) {
    index = lines.findIndex((line) => line.block === block);
    if (index < 0) return undefined;
  }
  let first = index;
  while (first > 0 && lines[first - 1]?.block === block) first--;
  let end = index + 1;
  while (end < lines.length && lines[end]?.block === block) end++;
  return { first, count: end - first };
}
