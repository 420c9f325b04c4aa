import type { Segment, SegmentStyle } from "./layout-types.js";

/** A horizontal rule of `width` columns drawn with a one-column character. */
export function ruleLine(width: number, style?: SegmentStyle, char = "─"): Segment[] {
  if (width <= 0) return [];
  const text = char.repeat(width);
  return [style ? { text, style } : { text }];
}
