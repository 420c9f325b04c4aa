import type { Segment } from "../layout/layout-types.js";
import { displayWidth } from "./display-width.js";

/** The number of terminal columns a line of segments takes. */
export function segmentsWidth(segments: readonly Segment[]): number {
  let width = 0;
  for (const segment of segments) width += displayWidth(segment.text);
  return width;
}
