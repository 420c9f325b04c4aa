import { simpleCharWidth } from "./simple-char-width.js";
import { terminalColumns } from "./terminal-columns.js";

const segmenter = new Intl.Segmenter();
/** Intl.Segmenter slows down sharply on long strings, so complex text is segmented in chunks. */
const CHUNK = 512;
const CACHE_LIMIT = 4096;
const clusterWidths = new Map<string, number>();

function clusterWidth(cluster: string): number {
  if (cluster.length === 1) {
    const simple = simpleCharWidth(cluster.charCodeAt(0));
    if (simple > 0) return simple;
  }
  let width = clusterWidths.get(cluster);
  if (width === undefined) {
    width = Math.min(127, terminalColumns(cluster));
    if (clusterWidths.size >= CACHE_LIMIT) clusterWidths.clear();
    clusterWidths.set(cluster, width);
  }
  return width;
}

/** Segments `text[from, to)`, which starts and ends on cluster boundaries, into `widths`. */
function segmentInto(text: string, from: number, to: number, widths: Int8Array): void {
  let start = from;
  while (start < to) {
    const end = Math.min(to, start + CHUNK);
    const piece = text.slice(start, end);
    let next = end;
    let last = -1;
    for (const { segment, index } of segmenter.segment(piece)) {
      if (last >= 0) widths[start + last] = clusterWidth(piece.slice(last, index));
      last = index;
      for (let inner = 1; inner < segment.length; inner++) widths[start + index + inner] = -1;
    }
    if (last < 0) return;
    if (end === to || last === 0) {
      widths[start + last] = clusterWidth(piece.slice(last));
    } else {
      next = start + last;
    }
    start = next;
  }
}

/**
 * The grapheme clusters of a text and their display widths, per UTF-16 code unit: the width
 * (`terminalColumns`) of the cluster that starts at that index, or -1 inside a cluster. Written
 * into `into` when it is long enough (only its first `text.length` entries then count), so a
 * caller measuring many texts can reuse one buffer.
 *
 * Characters that are always clusters of their own are measured from a table; only the stretches
 * around anything else (emoji, combining marks, controls, astral characters) go through
 * Intl.Segmenter, in chunks, so the cost stays linear.
 */
export function graphemeWidths(text: string, into?: Int8Array): Int8Array {
  const length = text.length;
  const widths = into && into.length >= length ? into : new Int8Array(length);
  let index = 0;
  while (index < length) {
    const simple = simpleCharWidth(text.charCodeAt(index));
    if (simple > 0) {
      widths[index++] = simple;
      continue;
    }
    const from = index > 0 ? index - 1 : 0;
    let to = index + 1;
    while (
      to < length &&
      !(simpleCharWidth(text.charCodeAt(to - 1)) > 0 && simpleCharWidth(text.charCodeAt(to)) > 0)
    ) {
      to++;
    }
    segmentInto(text, from, to, widths);
    index = to;
  }
  return widths;
}
