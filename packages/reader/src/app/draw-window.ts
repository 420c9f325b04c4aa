import { highlightMatches, type LineHighlight } from "./highlight-matches.js";
import type { Match, ReaderState } from "./reader-state.js";
import { type SegmentDrawing, styleSegments } from "./style-segments.js";

function firstMatchAtOrAfter(matches: readonly Match[], line: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle] as Match).line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The visible window of the layout as strings for Ink: lines `top` to `top + window - 1` only,
 * search matches highlighted. Never more than the window,
 * however long the article; the window is padded with blank lines below the article's end so
 * the status line stays at the bottom.
 */
export function drawWindow(
  state: Pick<ReaderState, "layout" | "top" | "window" | "search">,
  drawing: SegmentDrawing,
): string[] {
  const { layout, top, window, search } = state;
  const highlights = new Map<number, LineHighlight[]>();
  if (search) {
    const { matches } = search;
    for (let i = firstMatchAtOrAfter(matches, top); i < matches.length; i++) {
      const match = matches[i] as Match;
      if (match.line >= top + window) break;
      const list = highlights.get(match.line) ?? [];
      list.push({ start: match.start, end: match.end, current: i === search.current });
      highlights.set(match.line, list);
    }
  }
  const out: string[] = [];
  for (let index = top; index < top + window; index++) {
    const line = layout.lines[index];
    if (!line) {
      out.push("");
      continue;
    }
    const segments = highlightMatches(line.segments, highlights.get(index) ?? []);
    out.push(styleSegments(segments, drawing));
  }
  return out;
}
