import { displayWidth } from "./display-width.js";
import type { Segment } from "./layout-types.js";

/** The number of terminal columns a line of segments takes. */
export function segmentsWidth(segments: readonly Segment[]): number {
  let width = 0;
  for (const segment of segments) width += displayWidth(segment.text);
  return width;
}
