import type { Segment } from "../layout/layout-types.js";
import type { ShownSegment } from "./style-segments.js";

/** A highlighted stretch of one line: offsets into the line's text (its segments joined). */
export interface LineHighlight {
  start: number;
  end: number;
  current: boolean;
}

/**
 * Splits a line's segments where search matches begin and end, marking the pieces inside a
 * match, so that a match spanning styles (half bold, half a link) is highlighted whole.
 */
export function highlightMatches(
  segments: readonly Segment[],
  highlights: readonly LineHighlight[],
): ShownSegment[] {
  if (highlights.length === 0) return [...segments];
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const out: ShownSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const segmentStart = offset;
    const segmentEnd = offset + segment.text.length;
    offset = segmentEnd;
    let cursor = segmentStart;
    for (const highlight of sorted) {
      const from = Math.max(highlight.start, cursor);
      const to = Math.min(highlight.end, segmentEnd);
      if (from >= to) continue;
      if (from > cursor)
        out.push({
          ...segment,
          text: segment.text.slice(cursor - segmentStart, from - segmentStart),
        });
      out.push({
        ...segment,
        text: segment.text.slice(from - segmentStart, to - segmentStart),
        highlight: highlight.current ? "current-match" : "match",
      });
      cursor = to;
    }
    if (cursor < segmentEnd)
      out.push({ ...segment, text: segment.text.slice(cursor - segmentStart) });
  }
  return out;
}
