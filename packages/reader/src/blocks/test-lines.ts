import type { Segment } from "../layout/layout-types.js";

/** The text of laid-out lines, trailing spaces trimmed, for tests. */
export function testLines(lines: readonly Segment[][]): string[] {
  return lines.map((line) =>
    line
      .map((segment) => segment.text)
      .join("")
      .trimEnd(),
  );
}
