import type { ParserFamily } from "../parser-family.js";
import { protectLiquid } from "../templates/liquid-raw.js";

/** Where a code span is written. */
export interface CodeSpanPlace {
  /** The parser the target reads with (default commonmark). */
  family?: ParserFamily;
  /** Inside a table cell. */
  pipes?: boolean;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const LIQUID_BRACES = /[{}%]/;
const EDGE_SPACE = /^ | $/;

function longestRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Whether the family reads no backtick code span as the text: Redcarpet trims every edge
 * space, and Forem pairs backticks across the file and mangles raw tags in code, so code with
 * a backtick, an edge space or `{{`/`{%` (or, in a table, a pipe, on which Redcarpet splits
 * cells even in code); kramdown reads a code span of spaces only as text, and in a table
 * shows the backslash of an escaped pipe in code (our reader, like GFM, splits on a bare one)
 * and a span starting with a space as text.
 */
function needsHtml(text: string, family: ParserFamily, pipes: boolean): boolean {
  if (family === "kramdown") return /^ *$/.test(text) || (pipes && /\||^ /.test(text));
  if (family !== "redcarpet") return false;
  return /`|^ | $|\{[{%]/.test(text) || (pipes && text.includes("|"));
}

/**
 * Code as an HTML `<code>` element in which nothing can act: every ASCII punctuation character
 * a character reference (so no Markdown parser finds syntax in it); for Redcarpet, whose
 * output Forem runs Liquid over after decoding the references, `{`, `}` and `%` stay and each
 * run holding `{{` or `{%` is put in a raw block.
 */
function codeHtml(text: string, family: ParserFamily): string {
  const liquid = family === "redcarpet";
  const encoded = text.replace(ASCII_PUNCTUATION, (char) =>
    liquid && LIQUID_BRACES.test(char) ? char : `&#${char.charCodeAt(0)};`,
  );
  return `<code>${liquid ? protectLiquid(encoded) : encoded}</code>`;
}

/**
 * A code span for text without line breaks, in a form the target's parser reads as that text.
 * CommonMark: a backtick fence longer or shorter than every backtick run inside, padded with a
 * space when the text starts or ends with a backtick or has a space at both ends. kramdown
 * closes a span at the first run as long as its fence and strips one edge space only after a
 * fence of two or more, and a lone backtick between spaces is text there: text with a backtick
 * or an edge space gets a fence longer than every run inside, at least two, and a space inside
 * each end. Where no backtick form works (see needsHtml), an HTML `<code>` element.
 */
export function codeSpan(text: string, place: CodeSpanPlace = {}): string {
  const family = place.family ?? "commonmark";
  if (needsHtml(text, family, place.pipes ?? false)) return codeHtml(text, family);
  if (family === "kramdown" && (text.includes("`") || EDGE_SPACE.test(text))) {
    const fence = "`".repeat(Math.max(2, longestRun(text) + 1));
    return `${fence} ${text} ${fence}`;
  }
  const runs = new Set((text.match(/`+/g) ?? []).map((run) => run.length));
  let length = 1;
  while (runs.has(length)) length++;
  const fence = "`".repeat(length);
  const spacedBothEnds = text.startsWith(" ") && text.endsWith(" ") && /[^ ]/.test(text);
  const pad = text.startsWith("`") || text.endsWith("`") || spacedBothEnds ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
