import type { Layout } from "../layout/layout-types.js";
import { lineText } from "../layout/line-text.js";
import { graphemeWidths } from "../measure/grapheme-widths.js";
import { foldCase } from "./fold-case.js";

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
 * letter. A match does not run across lines, and covers whole grapheme clusters: a query that
 * matches part of one (an emoji of a ZWJ sequence, a letter without its accent) highlights the
 * whole cluster, so no highlight splits it. An empty query matches nothing.
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
    let widths: Int8Array | undefined;
    for (let found = haystack.indexOf(needle); found >= 0; ) {
      let start = found;
      let end = found + needle.length;
      widths ??= graphemeWidths(text);
      while (start > 0 && (widths[start] ?? 0) < 0) start--;
      while (end < text.length && (widths[end] ?? 0) < 0) end++;
      matches.push({ line, start, end });
      found = haystack.indexOf(needle, end);
    }
  });
  return matches;
}
