import type { SearchMatch } from "./search-layout.js";

/** A place in the layout: a line and an offset in its text. */
export interface SearchPosition {
  line: number;
  start: number;
}

function before(a: SearchPosition, b: SearchPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.start < b.start);
}

/**
 * The match to go to from `from`, for `n` / `N`: the first match after it going forward, or the
 * last one before it going backward, wrapping around the article's end (then `wrapped` is true).
 * `matches` must be in reading order, as `searchLayout` returns them. To start a search from the
 * top line shown, pass `{ line: top, start: -1 }`. Undefined when there are no matches.
 */
export function findMatch(
  matches: readonly SearchMatch[],
  from: SearchPosition,
  direction: "forward" | "backward",
): { index: number; wrapped: boolean } | undefined {
  if (matches.length === 0) return undefined;
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(from, matches[middle] as SearchMatch)) high = middle;
    else low = middle + 1;
  }
  if (direction === "forward") {
    return low < matches.length ? { index: low, wrapped: false } : { index: 0, wrapped: true };
  }
  let index = low - 1;
  while (index >= 0) {
    const match = matches[index] as SearchMatch;
    if (before(match, from)) return { index, wrapped: false };
    index--;
  }
  return { index: matches.length - 1, wrapped: true };
}
