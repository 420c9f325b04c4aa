import { segmentsWidth } from "../measure/segments-width.js";
import type { Segment } from "./layout-types.js";

/** A line padded with spaces to exactly `width` columns, its text to the left, centre or right. */
export function alignLine(
  segments: readonly Segment[],
  width: number,
  align: "left" | "center" | "right",
): Segment[] {
  const room = width - segmentsWidth(segments);
  if (room <= 0) return [...segments];
  const before = align === "left" ? 0 : align === "right" ? room : Math.floor(room / 2);
  const after = room - before;
  const line: Segment[] = [];
  if (before > 0) line.push({ text: " ".repeat(before) });
  line.push(...segments);
  if (after > 0) line.push({ text: " ".repeat(after) });
  return line;
}
