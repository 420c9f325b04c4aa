import type { Segment } from "./layout-types.js";

/** Lines with `first` put before the first and `rest` before every other (a hanging indent, a bar). */
export function prefixLines(
  lines: readonly Segment[][],
  first: readonly Segment[],
  rest: readonly Segment[] = first,
): Segment[][] {
  return lines.map((line, index) => [...(index === 0 ? first : rest), ...line]);
}
