import type { LayoutLine } from "./layout-types.js";

/** The text of a laid-out line: its segments' text joined, without styles. */
export function lineText(line: LayoutLine): string {
  const { segments } = line;
  if (segments.length === 1) return segments[0]?.text ?? "";
  let text = "";
  for (const segment of segments) text += segment.text;
  return text;
}
