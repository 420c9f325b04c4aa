import type { Segment, SegmentStyle } from "../layout/layout-types.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { canBreakBetween } from "./can-break-between.js";
import { graphemeWidths } from "./grapheme-widths.js";

const SPACE = 0x20;
const HYPHEN = 0x2d;
/** Below this, only the hyphen-minus and the space offer a break (see canBreakBetween). */
const FIRST_SPECIAL = 0x2010;
/** Reused by every call: measuring allocates nothing for lines up to its length. */
let scratch = new Int8Array(4096);

/**
 * Calls `emit(start, end)` for each line of one hard line of text, broken greedily to `width`
 * display columns. Breaks at spaces (which are dropped at the break, as is an indent as wide as the line), where
 * {@link canBreakBetween} allows, and, in a word wider than the line, between grapheme clusters.
 */
function breakLine(line: string, width: number, emit: (start: number, end: number) => void): void {
  if (scratch.length < line.length) scratch = new Int8Array(line.length * 2);
  const widths = graphemeWidths(line, scratch);
  const length = line.length;
  let lineStart = 0;
  let lineStartColumn = 0;
  let column = 0;
  let breakEnd = -1;
  let breakNext = -1;
  let breakNextColumn = 0;
  let previous = -1;
  let beforePrevious = -1;
  let index = 0;
  while (index < length) {
    const code = line.charCodeAt(index);
    if (code === SPACE && (widths[index + 1] ?? 0) >= 0) {
      let end = index + 1;
      while (end < length && line.charCodeAt(end) === SPACE && (widths[end + 1] ?? 0) >= 0) end++;
      if (index > lineStart) {
        breakEnd = index;
        breakNext = end;
        breakNextColumn = column + (end - index);
      } else if (end - index >= width) {
        lineStart = end;
        lineStartColumn = column + (end - index);
      }
      column += end - index;
      index = end;
      beforePrevious = previous;
      previous = SPACE;
      continue;
    }
    const point = code >= 0xd800 && code <= 0xdbff ? (line.codePointAt(index) ?? code) : code;
    let end = index + 1;
    while (end < length && (widths[end] ?? 0) < 0) end++;
    const clusterWidth = widths[index] ?? 0;
    const maybeBreak = point >= FIRST_SPECIAL || previous >= FIRST_SPECIAL || previous === HYPHEN;
    if (maybeBreak && index > lineStart && canBreakBetween(beforePrevious, previous, point)) {
      breakEnd = index;
      breakNext = index;
      breakNextColumn = column;
    }
    if (index > lineStart && column + clusterWidth - lineStartColumn > width) {
      if (breakNext > lineStart) {
        emit(lineStart, breakEnd);
        lineStart = breakNext;
        lineStartColumn = breakNextColumn;
      } else {
        emit(lineStart, index);
        lineStart = index;
        lineStartColumn = column;
      }
      breakEnd = -1;
      breakNext = -1;
      continue;
    }
    column += clusterWidth;
    index = end;
    beforePrevious = previous;
    previous = point;
  }
  let end = length;
  while (end > lineStart && line.charCodeAt(end - 1) === SPACE) end--;
  emit(lineStart, end);
}

/**
 * Wraps styled text to `width` display columns (measured as terminals draw them, see `terminalColumns`), keeping each
 * segment's style on both sides of a break. A newline in the text is a hard break.
 *
 * Lines break at spaces (dropped at the break; spaces at the start of a hard line are kept),
 * after a hyphen, en or em dash inside a word, and between CJK characters (but not before
 * closing punctuation). A word wider than the line is broken between grapheme clusters, so an
 * emoji sequence, a flag or a letter with combining marks is never split. No line is wider than
 * `width` unless a single cluster is. Text is sanitized with {@link sanitizeForTerminal} first.
 * Returns at least one line (empty for empty text).
 */
export function wrapText(segments: readonly Segment[], width: number): Segment[][] {
  const limit = Number.isNaN(width) ? 1 : Math.max(1, Math.floor(width));
  const starts: number[] = [];
  const styles: (SegmentStyle | undefined)[] = [];
  let text = "";
  for (const segment of segments) {
    const clean = sanitizeForTerminal(segment.text);
    if (clean.length === 0) continue;
    starts.push(text.length);
    styles.push(segment.style);
    text += clean;
  }
  const lines: Segment[][] = [];
  let run = 0;
  let lineOffset = 0;
  const emit = (start: number, end: number) => {
    const from = lineOffset + start;
    const to = lineOffset + end;
    while (run + 1 < starts.length && (starts[run + 1] ?? 0) <= from) run++;
    const line: Segment[] = [];
    for (let index = run; index < starts.length && (starts[index] ?? 0) < to; index++) {
      const sliceFrom = Math.max(from, starts[index] ?? 0);
      const sliceTo = Math.min(to, starts[index + 1] ?? text.length);
      if (sliceTo <= sliceFrom) continue;
      const style = styles[index];
      const piece = text.slice(sliceFrom, sliceTo);
      line.push(style ? { text: piece, style } : { text: piece });
    }
    lines.push(line);
  };
  for (;;) {
    const newline = text.indexOf("\n", lineOffset);
    const end = newline < 0 ? text.length : newline;
    breakLine(text.slice(lineOffset, end), limit, emit);
    if (newline < 0) break;
    lineOffset = newline + 1;
  }
  return lines;
}
