import { classOf } from "./flanking.js";
import type { Piece, TextPiece } from "./pieces.js";

/** The text piece a character stands in, and what its tests may look at. */
export interface Scan {
  pieces: readonly Piece[];
  /** The content is all of its paragraph's text (not a table cell's, which shares one). */
  isolated: boolean;
  heading: boolean;
  at: number;
  piece: TextPiece;
  /** How often each of `* _ ~ $` occurs, and where the last `{` stands, once asked for. */
  counts?: Map<string, number>;
  lastBrace?: [number, number];
}

const TAG_NAME = /^[A-Za-z0-9_-]$/;
/** A character of an e-mail autolink's local part; it holds every character of a URI scheme. */
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]$/;
const EMOJI_NAME = /^[a-z0-9_+-]$/;
const PLAIN_SPACE = /^\p{Zs}$/u;
const ANY_SPACE = /^\s$/u;
const CMARK_SPACE = /^[\p{Zs}\t\n\f\r]$/u;
const COUNTED = /[*_~$]/g;

/** The code point that ends right before `index`, or undefined at the start. */
export function charBefore(text: string, index: number): string | undefined {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(index - 2, index);
  return text[index - 1];
}

/** The code point that starts at `index`, or undefined past the end. */
export function charAt(text: string, index: number): string | undefined {
  return (text.codePointAt(index) ?? 0) > 0xffff ? text.slice(index, index + 2) : text[index];
}

/** A space with text on both sides, so it stays a space in the output. */
function quietSpace(text: string, index: number): boolean {
  return index > 0 && index < text.length - 1 && PLAIN_SPACE.test(text[index] as string);
}

/**
 * The neighbour on one side if it is written as itself: not a line separator, no whitespace
 * the parsers disagree on (JavaScript's but not CommonMark's), touching no delimiter.
 */
function settled(scan: Scan, index: number, side: -1 | 1): string | undefined {
  const { text } = scan.piece;
  const char = side < 0 ? charBefore(text, index) : charAt(text, index + 1);
  if (char === undefined || (ANY_SPACE.test(char) && !CMARK_SPACE.test(char))) return undefined;
  const edge = side < 0 ? index - char.length === 0 : index + 1 + char.length === text.length;
  return edge && scan.pieces[scan.at + side]?.kind === "delim" ? undefined : char;
}

function count(scan: Scan, char: string): number {
  if (scan.counts === undefined) {
    scan.counts = new Map();
    for (const piece of scan.pieces) {
      const out = piece.kind === "text" ? piece.text : piece.kind === "delim" ? piece.char : "";
      const code = piece.kind === "code" || piece.kind === "syntax" ? piece.out : out;
      for (const found of code.match(COUNTED) ?? []) {
        if (found !== "$" || piece.kind === "text") {
          scan.counts.set(found, (scan.counts.get(found) ?? 0) + 1);
        }
      }
    }
  }
  return scan.counts.get(char) ?? 0;
}

/** `*`, `_` or `~` with nothing to pair with, or between two spaces. */
function cannotPair(scan: Scan, index: number, char: string): boolean {
  const { text } = scan.piece;
  if (scan.isolated && count(scan, char) === 1) return true;
  return quietSpace(text, index - 1) && quietSpace(text, index + 1);
}

/** Whether the local-part characters from `at` reach an `@` (or the text ends before more). */
function reachesAt(scan: Scan, at: number): boolean {
  const { text } = scan.piece;
  for (; at < text.length; at++) {
    if (text[at] === "@") return true;
    if (!LOCAL.test(text[at] as string)) return false;
  }
  return scan.pieces[scan.at + 1] !== undefined;
}

/**
 * Whether the `<` at `index` could begin raw HTML or an autolink: a tag (`<div`, `</p>`,
 * `<!--`, `<?`), an HTML block at a line start, `<scheme:…>` or `<name@host>` (`<9am@host>`).
 * It cannot before a character no such construct allows (`<3`, `< 5`, `<y,`), or where the text
 * ends before a `>` could close it; anything but text after it counts as "could".
 */
function startsTagOrAutolink(scan: Scan, index: number): boolean {
  const { text } = scan.piece;
  const more = scan.pieces[scan.at + 1] !== undefined;
  const next = text[index + 1];
  if (next === undefined) return more;
  if (!/^[A-Za-z/!?]$/.test(next)) return LOCAL.test(next) && reachesAt(scan, index + 1);
  if (!/^[A-Za-z]$/.test(next)) return true;
  if (index === 0 && (scan.at === 0 || scan.pieces[scan.at - 1]?.kind === "break")) return true;
  let at = index + 1;
  while (at < text.length && TAG_NAME.test(text[at] as string)) at++;
  if (at >= text.length) return more;
  if (/^[\s/>]$/u.test(text[at] as string)) return true;
  for (; at < text.length; at++) {
    if (text[at] === ":" || text[at] === "@") return true;
    if (!LOCAL.test(text[at] as string)) return false;
  }
  return more;
}

/** Whether `:` closes an emoji name GitHub and pandoc know the form of: `:smile:`, `:+1:`, `:100:`. */
function closesEmojiName(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && EMOJI_NAME.test(text[at] as string)) at--;
  const name = text.slice(at + 1, index);
  return (
    text[at] === ":" && name !== "" && (/[a-z]/.test(name) || /^(?:100|1234|\+1|-1)$/.test(name))
  );
}

/** Whether this `{` is the last of a heading whose text ends in `}` (Goldmark's attributes). */
function opensHeadingAttributes(scan: Scan, index: number): boolean {
  const last = scan.pieces.at(-1);
  if (!scan.heading || last?.kind !== "text" || !last.text.endsWith("}")) return false;
  if (scan.lastBrace === undefined) {
    scan.lastBrace = [-1, -1];
    for (let at = scan.pieces.length - 1; at >= 0 && scan.lastBrace[0] === -1; at--) {
      const piece = scan.pieces[at];
      if (piece?.kind === "text" && piece.text.includes("{")) {
        scan.lastBrace = [at, piece.text.lastIndexOf("{")];
      }
    }
  }
  return scan.lastBrace[0] === scan.at && scan.lastBrace[1] === index;
}

/** Each test of RULES (text-rules.ts): whether the character at `index` of the scan's piece acts. */
export const TESTS = {
  "can pair": (scan, index, char) => !cannotPair(scan, index, char),
  "can pair outside a word": (scan, index, char) => {
    if (cannotPair(scan, index, char)) return false;
    const before = settled(scan, index, -1);
    const after = settled(scan, index, 1);
    if (before === undefined || after === undefined || before.length > 1) return true;
    return classOf(before, "commonmark") !== "other" || classOf(after, "commonmark") !== "other";
  },
  "starts a tag or autolink": startsTagOrAutolink,
  "with another $ in the text": (scan) => count(scan, "$") >= 2,
  "opens heading attributes": opensHeadingAttributes,
  "closes an emoji name": (scan, index) => closesEmojiName(scan.piece.text, index),
  "before what a backslash escapes, as written": () => false,
} as const satisfies Record<string, (scan: Scan, index: number, char: string) => boolean>;

/** A test of TESTS. */
export type Test = keyof typeof TESTS;
