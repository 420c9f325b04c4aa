import type { LayoutLine, Segment } from "./layout-types.js";

/** Header (block -1) or footer (block -2) lines as layout lines. */
export function frameLines(lines: readonly Segment[][], block: -1 | -2): LayoutLine[] {
  return lines.map((segments, lineInBlock) => ({ segments, block, lineInBlock }));
}
