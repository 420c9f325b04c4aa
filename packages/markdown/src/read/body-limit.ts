import { MAX_BODY_LINES, MAX_INLINE_MARKUP, MAX_NESTING_DEPTH } from "../limits.js";
import type { MarkdownError } from "../markdown-result.js";
import { countLines } from "./count-lines.js";
import { startsAtIgnoringCase } from "./starts-at-ignoring-case.js";

const TAB = 0x09;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const GREATER = 0x3e;
const DASH = 0x2d;
const ASTERISK = 0x2a;
const PLUS = 0x2b;
const UNDERSCORE = 0x5f;
const ZERO = 0x30;
const NINE = 0x39;
const DOT = 0x2e;
const PAREN = 0x29;

/** Characters that can start an inline element or a table cell (see MAX_INLINE_MARKUP). */
const MARKUP = new Uint8Array(128);
for (const char of "\\<[!*_~`|@:") MARKUP[char.charCodeAt(0)] = 1;
const LOWER = 0x20;
const H = 0x68;
const W = 0x77;

/** The line on which the body's inline markup passes MAX_INLINE_MARKUP, or undefined. */
function markupOverLimit(source: string, firstLine: number): number | undefined {
  let count = 0;
  let line = firstLine;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === NEWLINE) {
      line++;
    } else if (
      (code < 128 && MARKUP[code] === 1) ||
      ((code | LOWER) === H && startsAtIgnoringCase(source, index, "http")) ||
      ((code | LOWER) === W && startsAtIgnoringCase(source, index, "www."))
    ) {
      if (++count > MAX_INLINE_MARKUP) return line;
    }
  }
  return undefined;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** Where the line's tail made only of `char`, spaces and tabs starts (a thematic break). */
function breakTail(line: string, char: number): number {
  let index = line.length;
  while (index > 0) {
    const code = line.charCodeAt(index - 1);
    if (code !== char && !isBlank(code)) break;
    index--;
  }
  return index;
}

/** The length of the container marker (`>`, `-`, `*`, `+`, `1.`, `1)`) at `index`, or 0. */
function markerLength(line: string, index: number): number {
  const code = line.charCodeAt(index);
  if (code === GREATER) return 1;
  let end = index;
  if (code === DASH || code === ASTERISK || code === PLUS) {
    end = index + 1;
  } else {
    while (end - index < 9 && line.charCodeAt(end) >= ZERO && line.charCodeAt(end) <= NINE) end++;
    if (end === index) return 0;
    const delimiter = line.charCodeAt(end);
    if (delimiter !== DOT && delimiter !== PAREN) return 0;
    end++;
  }
  return end === line.length || isBlank(line.charCodeAt(end)) ? end - index : 0;
}

/**
 * How deep the block quotes and list items a line starts with nest, at most: one level per
 * marker, and one per two columns of indentation before a marker. A thematic break (`- - -`)
 * ends the count. One pass over the line.
 */
export function nestingDepth(line: string): number {
  const tails = new Map<number, number>();
  let depth = 0;
  let index = 0;
  for (;;) {
    let columns = 0;
    while (index < line.length && isBlank(line.charCodeAt(index))) {
      columns += line.charCodeAt(index) === TAB ? 4 : 1;
      index++;
    }
    const code = line.charCodeAt(index);
    if (code === DASH || code === ASTERISK || code === UNDERSCORE) {
      if (!tails.has(code)) tails.set(code, breakTail(line, code));
      if (index >= (tails.get(code) ?? line.length)) return depth;
    }
    const length = markerLength(line, index);
    if (length === 0) return depth;
    depth += 1 + Math.floor(columns / 2);
    index += length;
  }
}

/**
 * An error when the body is over a limit marked cannot be trusted with: more than
 * {@link MAX_BODY_LINES} lines, more than {@link MAX_INLINE_MARKUP} characters of inline
 * markup, or a line nesting deeper than {@link MAX_NESTING_DEPTH}.
 * `firstLine` is the file line the body starts on.
 */
export function bodyLimit(source: string, firstLine: number): MarkdownError | undefined {
  const lines = countLines(source) + 1;
  if (lines > MAX_BODY_LINES) {
    return {
      line: firstLine + MAX_BODY_LINES,
      message: `the body has ${lines.toLocaleString("en-US")} lines, over the ${MAX_BODY_LINES.toLocaleString("en-US")} an article may have; split it into several articles`,
    };
  }
  const markupLine = markupOverLimit(source, firstLine);
  if (markupLine !== undefined) {
    return {
      line: markupLine,
      message: `the body has more than ${MAX_INLINE_MARKUP.toLocaleString("en-US")} links, code spans, emphasis marks, table cells and other inline markup (counting \\ < [ ! * _ ~ \` | @ : http www.) by this line, far more than an article holds; split it into several articles`,
    };
  }
  let start = 0;
  for (let line = firstLine; start <= source.length; line++) {
    const end = source.indexOf("\n", start);
    const stop = end === -1 ? source.length : end;
    const depth = nestingDepth(source.slice(start, stop));
    if (depth > MAX_NESTING_DEPTH) {
      return {
        line,
        message: `block quotes and lists are nested ${depth} deep here (> and list markers, or indentation), over the ${MAX_NESTING_DEPTH} levels Broadsheet reads; an article nests two at most, so remove the extra markers`,
      };
    }
    start = stop + 1;
  }
  return undefined;
}
