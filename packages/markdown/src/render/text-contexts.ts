import { classOf } from "./char-classes.js";
import type { Piece, TextPiece } from "./pieces.js";
import type { Context } from "./text-rules.js";

/** Where inline content is written, as far as its escapes are concerned. */
export interface Place {
  /** A `[` first could start a reference definition or a task box. */
  blockStart: boolean;
  /** Inside an ATX heading. */
  heading: boolean;
  /**
   * The content is all of its paragraph's text, so a `*`, `_` or `~` that occurs once cannot
   * pair with anything. Not so in a table cell: CommonMark reads the whole table as one paragraph.
   */
  isolated: boolean;
}

/** The text piece a character stands in, and everything its contexts may look at. */
export interface Scan {
  pieces: readonly Piece[];
  place: Place;
  /** The index of the text piece in `pieces`, and the piece. */
  at: number;
  piece: TextPiece;
  /** How often each of `* _ ~ $` occurs in the written content, counted once asked for. */
  counts?: Map<string, number>;
  /** Where the last `{` of the text stands, as [piece, index], found once asked for. */
  lastBrace?: [number, number] | null;
}

/** Whether the `:` at `index` ends `http://`, `https://` or `ftp://` (in any letter case). */
function endsScheme(text: string, index: number): boolean {
  return (
    text.startsWith("//", index + 1) &&
    (endsWithWord(text, index, "http") ||
      endsWithWord(text, index, "https") ||
      endsWithWord(text, index, "ftp"))
  );
}

/** Whether the `@` at `index` stands between a local part's and a domain's characters. */
function inEmail(text: string, index: number): boolean {
  return /[\w.+-]/.test(text[index - 1] ?? "") && /[\w-]/.test(text[index + 1] ?? "");
}

/** A predicate for a context: whether the character at `index` of the scan's piece acts there. */
type Predicate = (scan: Scan, index: number, char: string) => boolean;

const ENTITY_TAIL = /#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};/y;
const TAG_NAME = /^[A-Za-z0-9_-]$/;
/** A character of an e-mail autolink's local part; it holds every character of a URI scheme. */
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]$/;
const EMOJI_NAME = /^[a-z0-9_+-]$/;
const PLAIN_SPACE = /^\p{Zs}$/u;
const ANY_SPACE = /^\s$/u;
const CMARK_SPACE = /^[\p{Zs}\t\n\f\r]$/u;
const DELIMITER_CHARS = /[*_~]/g;

/** The code point that ends right before `index`, or undefined at the start. */
export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

/** The code point that starts at `index`, or undefined past the end. */
export function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const code = text.codePointAt(index) as number;
  return code > 0xffff ? text.slice(index, index + 2) : text[index];
}

function isDelim(piece: Piece | undefined): boolean {
  return piece?.kind === "delim";
}

/** A space that stays a space in the output: text on both sides, so it is never encoded. */
function quietSpace(text: string, index: number): boolean {
  return index > 0 && index < text.length - 1 && PLAIN_SPACE.test(text[index] as string);
}

/** A character JavaScript counts as whitespace and CommonMark does not (U+2028, U+FEFF, …). */
function ambiguousSpace(char: string): boolean {
  return ANY_SPACE.test(char) && !CMARK_SPACE.test(char);
}

/**
 * The neighbour of the character at `index` on one side, if it is written as itself: not a line
 * separator, no whitespace the parsers disagree on, and touching no delimiter (so never encoded
 * later to fix flanking).
 */
function settled(scan: Scan, index: number, side: "before" | "after"): string | undefined {
  const { text } = scan.piece;
  const char = side === "before" ? charBefore(text, index) : charAt(text, index + 1);
  if (char === undefined || char === "\u2028" || char === "\u2029" || ambiguousSpace(char)) {
    return undefined;
  }
  if (side === "before" && index - char.length === 0 && isDelim(scan.pieces[scan.at - 1])) {
    return undefined;
  }
  if (side === "after" && index + 1 + char.length === text.length) {
    if (isDelim(scan.pieces[scan.at + 1])) return undefined;
  }
  return char;
}

/** How often a character occurs in the written content (text, delimiters, code, syntax). */
function count(scan: Scan, char: string): number {
  if (scan.counts === undefined) {
    const counts = new Map<string, number>();
    const add = (found: string) => counts.set(found, (counts.get(found) ?? 0) + 1);
    for (const piece of scan.pieces) {
      if (piece.kind === "delim") add(piece.char);
      else if (piece.kind !== "break") {
        const out = piece.kind === "text" ? piece.text : piece.out;
        for (const found of out.match(DELIMITER_CHARS) ?? []) add(found);
        if (piece.kind === "text") for (const found of out.match(/\$/g) ?? []) add(found);
      }
    }
    scan.counts = counts;
  }
  return scan.counts.get(char) ?? 0;
}

/** A delimiter character with no other of its kind in a paragraph of its own: nothing to pair with. */
function alone(scan: Scan, char: string): boolean {
  return scan.place.isolated && count(scan, char) === 1;
}

function between(scan: Scan, index: number): boolean {
  const { text } = scan.piece;
  return quietSpace(text, index - 1) && quietSpace(text, index + 1);
}

/** Whether the text right before `index` is `word` in any ASCII letter case (`word` lowercase). */
function endsWithWord(text: string, index: number, word: string): boolean {
  if (index < word.length) return false;
  for (let at = 0; at < word.length; at++) {
    if ((text.charCodeAt(index - word.length + at) | 0x20) !== word.charCodeAt(at)) return false;
  }
  return true;
}

/** The next piece starts with `[` (a link opened right after the character). */
function opensLinkAfter(scan: Scan, index: number): boolean {
  if (index + 1 < scan.piece.text.length) return scan.piece.text[index + 1] === "[";
  const next = scan.pieces[scan.at + 1];
  return next?.kind === "syntax" && next.out.startsWith("[");
}

/**
 * Whether the local-part characters from `at` reach an `@` (or the end of the text before
 * something other than text, which may hide one).
 */
function reachesAt(scan: Scan, at: number): boolean {
  const { text } = scan.piece;
  for (; at < text.length; at++) {
    const char = text[at] as string;
    if (char === "@") return true;
    if (!LOCAL.test(char)) return false;
  }
  return scan.pieces[scan.at + 1] !== undefined;
}

/**
 * Whether the `<` at `index` could begin raw HTML or an autolink for CommonMark or marked: a tag
 * (`<div`, `</p>`, `<!--`, `<?`), an HTML block at a line start, `<scheme:…>` or `<name@host>`
 * (whose local part may start with a digit or a sign: `<9am@host>`, `<+1@host>`). It cannot
 * when a character follows that no such construct allows there (`<3`, `< 5`, `<y,`), or when
 * the text ends before any `>` could close it. Anything but text after it (a delimiter, code, a
 * line break) counts as "could", so the answer errs toward escaping.
 */
function startsTagOrAutolink(scan: Scan, index: number): boolean {
  const { text } = scan.piece;
  const after = scan.pieces[scan.at + 1];
  if (index + 1 >= text.length) return after !== undefined;
  const next = text[index + 1] as string;
  if (!/^[A-Za-z/!?]$/.test(next)) return LOCAL.test(next) && reachesAt(scan, index + 1);
  if (!/^[A-Za-z]$/.test(next)) return true;
  if (index === 0 && (scan.at === 0 || scan.pieces[scan.at - 1]?.kind === "break")) return true;
  let at = index + 1;
  while (at < text.length && TAG_NAME.test(text[at] as string)) at++;
  if (at >= text.length) return after !== undefined;
  const afterName = text[at] as string;
  if (ANY_SPACE.test(afterName) || afterName === "/" || afterName === ">") return true;
  for (; at < text.length; at++) {
    const char = text[at] as string;
    if (char === ":" || char === "@") return true;
    if (!LOCAL.test(char)) return false;
  }
  return after !== undefined;
}

/**
 * Whether `:` closes `:name` (lowercase letters, digits, `_ + -`, at least one letter or digit),
 * which GitHub and pandoc show as an emoji.
 */
function closesEmojiName(scan: Scan, index: number): boolean {
  const { text } = scan.piece;
  let at = index - 1;
  let named = false;
  for (; at >= 0 && EMOJI_NAME.test(text[at] as string); at--) {
    named ||= /[a-z0-9]/.test(text[at] as string);
  }
  return named && at >= 0 && text[at] === ":";
}

/** Where the last `{` of the content's text stands. */
function lastBrace(scan: Scan): [number, number] | null {
  if (scan.lastBrace === undefined) {
    scan.lastBrace = null;
    for (let at = scan.pieces.length - 1; at >= 0; at--) {
      const piece = scan.pieces[at];
      if (piece?.kind !== "text") continue;
      const index = piece.text.lastIndexOf("{");
      if (index !== -1) {
        scan.lastBrace = [at, index];
        break;
      }
    }
  }
  return scan.lastBrace;
}

/** Whether a heading's text ends in a `}` written as itself, which Goldmark takes for attributes. */
function endsInBrace(scan: Scan): boolean {
  const last = scan.pieces.at(-1);
  return last?.kind === "text" && last.text.endsWith("}");
}

/** Each context of RULES (text-rules.ts), as the predicate that says whether it holds. */
export const CONTEXTS: Readonly<Record<Context, Predicate>> = {
  anywhere: () => true,
  "can pair": (scan, index, char) => !alone(scan, char) && !between(scan, index),
  "can pair outside a word": (scan, index, char) => {
    if (alone(scan, char) || between(scan, index)) return false;
    const before = settled(scan, index, "before");
    const after = settled(scan, index, "after");
    const intraword =
      before !== undefined &&
      after !== undefined &&
      before.length === 1 &&
      classOf(before, "commonmark") === "other" &&
      classOf(after, "commonmark") === "other";
    return !intraword;
  },
  "in link text": (scan) => scan.piece.inLink,
  "in link text before (": (scan, index) => scan.piece.inLink && scan.piece.text[index + 1] === "(",
  "before ^": (scan, index) => scan.piece.text[index + 1] === "^",
  "before (": (scan, index) => scan.piece.text[index + 1] === "(",
  "before [": opensLinkAfter,
  "first in a block (position)": (scan, index) =>
    scan.place.blockStart && scan.at === 0 && index === 0,
  "starts a tag or autolink": startsTagOrAutolink,
  "starts a character reference": (scan, index) => {
    ENTITY_TAIL.lastIndex = index + 1;
    return ENTITY_TAIL.test(scan.piece.text);
  },
  "before punctuation or a line end": () => true,
  "ends http:// or https:// or ftp://": (scan, index) =>
    !scan.piece.inLink && endsScheme(scan.piece.text, index),
  "ends http:// or https:// or ftp:// in link text": (scan, index) =>
    scan.piece.inLink && endsScheme(scan.piece.text, index),
  "ends www.": (scan, index) => !scan.piece.inLink && scan.piece.text.endsWith("www", index),
  "ends www. in link text": (scan, index) =>
    scan.piece.inLink && scan.piece.text.endsWith("www", index),
  "ends www. in any letter case": (scan, index) =>
    !scan.piece.inLink && endsWithWord(scan.piece.text, index, "www"),
  "in an e-mail address": (scan, index) => !scan.piece.inLink && inEmail(scan.piece.text, index),
  "in an e-mail address in link text": (scan, index) =>
    scan.piece.inLink && inEmail(scan.piece.text, index),
  "after `": (scan, index) => scan.piece.text[index - 1] === "`",
  "closes an emoji name": closesEmojiName,
  "with another $ in the text": (scan) => count(scan, "$") >= 2,
  "next to $": (scan, index) =>
    scan.piece.text[index - 1] === "$" || scan.piece.text[index + 1] === "$",
  "before : or #": (scan, index) => {
    const next = scan.piece.text[index + 1];
    return next === ":" || next === "#";
  },
  "before >": (scan, index) => scan.piece.text[index + 1] === ">",
  "ends data:": (scan, index) => endsWithWord(scan.piece.text, index, "data"),
  'in src="data': (scan, index) =>
    endsWithWord(scan.piece.text, index, "src") &&
    scan.piece.text[index + 1] === '"' &&
    endsWithWord(scan.piece.text, index + 6, "data"),
  "opens heading attributes": (scan, index) => {
    if (!scan.place.heading || !endsInBrace(scan)) return false;
    const last = lastBrace(scan);
    return last !== null && last[0] === scan.at && last[1] === index;
  },
  "opens a heading's closing #s (position)": (scan, index) => {
    if (!scan.place.heading || scan.at !== scan.pieces.length - 1) return false;
    const { text } = scan.piece;
    let end = index;
    while (text[end] === "#") end++;
    if (end !== text.length) return false;
    const before = charBefore(text, index);
    if (before === undefined) return scan.at === 0;
    return before !== "#" && ANY_SPACE.test(before);
  },
  "ends a heading (position)": (scan, index) =>
    scan.place.heading &&
    scan.at === scan.pieces.length - 1 &&
    index === scan.piece.text.length - 1,
  "last in the text (position)": (scan, index, char) =>
    scan.at === scan.pieces.length - 1 && index + char.length === scan.piece.text.length,
};
