import { foldCase } from "./fold-case.js";
import type { Layout } from "./layout-types.js";
import { lineText } from "./line-text.js";

/**
 * A search match: the index of the line in `layout.lines`, and the UTF-16 offsets of the match
 * in that line's text (its segments' text joined, see `lineText`), `start` inclusive and `end`
 * exclusive. String offsets, not display columns, so a view can split the line's segments there.
 */
export interface SearchMatch {
  line: number;
  start: number;
  end: number;
}

/**
 * Every match of `query` in the laid-out article, in reading order; matches on a line do not
 * overlap. Smart case, as in less and vim: case-insensitive unless the query has a capital
 * letter. A match does not run across lines. An empty query matches nothing.
 */
export function searchLayout(layout: Layout, query: string): SearchMatch[] {
  if (query.length === 0) return [];
  const caseSensitive = query !== query.toLowerCase();
  const needle = caseSensitive ? query : foldCase(query);
  const matches: SearchMatch[] = [];
  layout.lines.forEach((layoutLine, line) => {
    const text = lineText(layoutLine);
    if (text.length < needle.length) return;
    const haystack = caseSensitive ? text : foldCase(text);
    for (let start = haystack.indexOf(needle); start >= 0; ) {
      const end = start + needle.length;
      matches.push({ line, start, end });
      start = haystack.indexOf(needle, end);
    }
  });
  return matches;
}
