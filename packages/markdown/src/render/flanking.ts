import { type DelimPiece, type Piece, pieceOut } from "./pieces.js";
import { charAt, charBefore } from "./text-contexts.js";
import { type Flanking, WRITE } from "./text-rules.js";

/** How a character counts next to an emphasis delimiter. */
export type CharClass = "space" | "punct" | "other";

const CMARK_SPACE = /^[\p{Zs}\t\n\f\r]$/u;
const JS_SPACE = /^\s$/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
const PUNCT_OR_ASCII = /^(?:\p{P}|[!-/:-@[-`{-~])$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const FLANKINGS = ["commonmark", "commonmark.js", "marked", "unicode-p", "redcarpet"];

/**
 * The class of a character (a code point) for a family of readers:
 * - `commonmark`: CommonMark 0.31 (cmark, micromark, markdown-it): Zs, tab, line feed, form
 *   feed and return are space; Unicode P and S punctuation;
 * - `commonmark.js`: JavaScript's `\s` is space, a character beyond U+FFFF a letter;
 * - `marked`: `\s` is space; before an opening run a character beyond U+FFFF is a letter; and a
 *   `~` next to `*` or `_` (but before an opener), or a `*` or `_` before an opening `~` run,
 *   counts as a letter (its punctuation rule leaves them out: `a_~~|b~~` is no strikethrough);
 * - `unicode-p`: CommonMark 0.29 and 0.30 (cmark-gfm, Goldmark, pandoc): Unicode P and ASCII
 *   punctuation are punctuation, other symbols (`€`, `©`) letters;
 * - `redcarpet`: `\s` is space, letters and digits letters, anything else punctuation.
 */
function classify(char: string, flanking: Flanking, delimiter: string, opener: boolean): CharClass {
  const space = flanking === "commonmark" || flanking === "unicode-p" ? CMARK_SPACE : JS_SPACE;
  if (space.test(char)) return "space";
  if (flanking === "redcarpet") return LETTER_OR_DIGIT.test(char) ? "other" : "punct";
  if (flanking === "unicode-p") return PUNCT_OR_ASCII.test(char) ? "punct" : "other";
  if (char.length > 1 && (flanking === "commonmark.js" || (flanking === "marked" && opener))) {
    return "other";
  }
  if (flanking === "marked") {
    const letter =
      delimiter === "~" ? opener && (char === "*" || char === "_") : char === "~" && !opener;
    if (letter) return "other";
  }
  return PUNCT_OR_SYMBOL.test(char) ? "punct" : "other";
}

/** classify's answers, worked out once for each character (the first few thousand met). */
const KNOWN = new Map<string, CharClass[]>();

/** The class of a character next to a run of `delimiter` (`opener`: right before an opener). */
export function classOf(
  char: string,
  flanking: Flanking,
  delimiter = "*",
  opener = false,
): CharClass {
  const variant = FLANKINGS.indexOf(flanking) * 6 + "*_~".indexOf(delimiter) * 2 + (opener ? 1 : 0);
  let classes = KNOWN.get(char);
  if (classes === undefined) {
    classes = [];
    if (KNOWN.size < 4096) KNOWN.set(char, classes);
  }
  classes[variant] ??= classify(char, flanking, delimiter, opener);
  return classes[variant] as CharClass;
}

/**
 * Picks `*` or `_` for each emphasis and strong pair: `_` inside a `*` pair (`**_both_**`, as
 * marked closes a nested `*` run early), and never a run closing where another opens (`*a***b**`).
 */
export function chooseDelimiters(pieces: Piece[]): void {
  const open: DelimPiece[] = [];
  const is = (at: number, role: string, char: string) => {
    const piece = pieces[at];
    return piece?.kind === "delim" && piece.role === role && piece.char === char;
  };
  pieces.forEach((piece, at) => {
    if (piece.kind !== "delim" || piece.mark === "strike") return;
    if (piece.role === "close") {
      const index = open.findIndex((other) => other.id === piece.id);
      open.splice(index, 1);
      return;
    }
    const closeAt = piece.closeAt as number;
    const preferred = open.some((outer) => outer.char === "*") ? "_" : "*";
    const other = preferred === "*" ? "_" : "*";
    const clashes = (char: string) => is(at - 1, "close", char) || is(closeAt + 1, "open", char);
    piece.char = clashes(preferred) && !clashes(other) ? other : preferred;
    (pieces[closeAt] as DelimPiece).char = piece.char;
    open.push(piece);
  });
}

/** A run of delimiters next to each other with the same character, by index in the pieces. */
interface Run {
  start: number;
  end: number;
  char: string;
  role: "open" | "close" | "both";
  /** Inside another pair of the same character, where a run must not be ambiguous. */
  nested: boolean;
}

/** The character written right next to the run on one side (undefined: the edge of the text). */
function edgeChar(pieces: readonly Piece[], run: Run, side: -1 | 1): string | undefined {
  const edge = pieces[side < 0 ? run.start : run.end] as DelimPiece;
  if (side < 0 ? edge.gapBefore : edge.gapAfter) return side < 0 ? ">" : "<";
  const piece = pieces[side < 0 ? run.start - 1 : run.end + 1];
  if (piece === undefined) return undefined;
  if (piece.kind === "text") {
    const { text, writes } = piece;
    const char = side < 0 ? charBefore(text, text.length) : charAt(text, 0);
    const write = writes?.[side < 0 ? text.length - (char as string).length : 0] ?? 0;
    if ((write & (WRITE.backslash | WRITE.entity)) !== 0 || (side > 0 && write !== 0)) return "&";
    return char;
  }
  if (piece.kind === "delim" && !(side < 0 ? piece.gapAfter : piece.gapBefore) && !piece.html) {
    return piece.char;
  }
  const out = pieceOut(piece);
  return side < 0 ? charBefore(out, out.length) : charAt(out, 0);
}

/**
 * Whether the run opens and closes as it should for one reader: by CommonMark's flanking rules,
 * or Redcarpet's with `no_intra_emphasis` (no space inside, no letter or digit outside).
 */
function flanks(pieces: readonly Piece[], run: Run, flanking: Flanking): boolean {
  const classed = (char: string | undefined, opener: boolean): CharClass =>
    char === undefined ? "space" : classOf(char, flanking, run.char, opener);
  const before = classed(edgeChar(pieces, run, -1), run.role !== "close");
  const after = classed(edgeChar(pieces, run, 1), false);
  let opens: boolean;
  let closes: boolean;
  if (flanking === "redcarpet") {
    opens = after !== "space" && before !== "other";
    closes = before !== "space" && after !== "other";
  } else {
    const left = after !== "space" && (after !== "punct" || before !== "other");
    const right = before !== "space" && (before !== "punct" || after !== "other");
    const underscore = run.char === "_";
    opens = left && (!underscore || !right || before === "punct");
    closes = right && (!underscore || !left || after === "punct");
  }
  if (run.role === "open") return opens && !(run.nested && closes);
  if (run.role === "close") return closes && !(run.nested && opens);
  return opens && closes;
}

function runsOf(pieces: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  const open: DelimPiece[] = [];
  pieces.forEach((piece, at) => {
    if (piece.kind !== "delim") return;
    const index = open.findIndex((other) => other.id === piece.id);
    if (piece.role === "open") open.push(piece);
    else open.splice(index, 1);
    if (piece.html) return;
    const nested = open.some(
      (outer) => outer !== piece && !outer.html && outer.char === piece.char,
    );
    const last = runs.at(-1);
    if (last && last.end === at - 1 && last.char === piece.char) {
      last.end = at;
      if (last.role !== piece.role) last.role = "both";
      last.nested ||= nested;
    } else {
      runs.push({ start: at, end: at, char: piece.char, role: piece.role, nested });
    }
  });
  return runs;
}

const ALNUM = /^[\p{L}\p{N}]/u;
const SIDES: (-1 | 1)[][] = [[-1], [1], [-1, 1]];

/**
 * One change that may make a run flank, on one side: the neighbouring character written as a
 * reference (not a letter or digit for Redcarpet, which reads a tag then), a line break before
 * the run as `&#10;`; or with `gap`, an empty comment between the run and its neighbour. It
 * returns how to undo it, or undefined where it cannot apply.
 */
function change(pieces: Piece[], run: Run, side: -1 | 1, gap: boolean, redcarpet: boolean) {
  if (gap) {
    const edge = pieces[side < 0 ? run.start : run.end] as DelimPiece;
    const key = side < 0 ? "gapBefore" : "gapAfter";
    edge[key] = true;
    return () => {
      edge[key] = false;
    };
  }
  const piece = pieces[side < 0 ? run.start - 1 : run.end + 1];
  if (piece?.kind === "break" && side < 0 && !piece.entity) {
    piece.entity = true;
    return () => {
      piece.entity = false;
    };
  }
  if (piece?.kind !== "text") return undefined;
  const { text } = piece;
  const char = (side < 0 ? charBefore(text, text.length) : charAt(text, 0)) as string;
  const index = side < 0 ? text.length - char.length : 0;
  if ((piece.writes?.[index] ?? 0) !== 0 || (redcarpet && ALNUM.test(char))) return undefined;
  piece.writes ??= new Uint8Array(text.length);
  piece.writes[index] = WRITE.entity;
  return () => {
    (piece.writes as Uint8Array)[index] = 0;
  };
}

/** What fixFlanking needs of the filter: its readers' classes, and whether they keep tags. */
export interface FlankingFilter {
  flanking: readonly Flanking[];
  tags: boolean;
}

/**
 * Makes every delimiter run open or close where it should for each reader's classes of
 * characters (classOf): a neighbouring space or letter that stops a run from flanking
 * is written as a character reference (punctuation), a line break before a closer as `&#10;`;
 * for readers that drop raw HTML, an empty comment splits the run from its neighbour; where
 * nothing helps, the mark is written as an HTML tag (`<em>`, `<strong>`, `<del>`).
 */
export function fixFlanking(pieces: Piece[], filter: FlankingFilter): void {
  const { flanking, tags } = filter;
  if (flanking.length === 0 || !pieces.some((piece) => piece.kind === "delim")) return;
  const fine = (run: Run) => flanking.every((reader) => flanks(pieces, run, reader));
  const redcarpet = flanking.includes("redcarpet");
  for (let pass = 0, changed = true; pass < 8 && changed; pass++) {
    changed = false;
    for (const run of runsOf(pieces)) {
      if (fine(run)) continue;
      changed = true;
      const fixed = (tags ? [false] : [false, true]).some((gap) =>
        SIDES.some((sides) => {
          const undo = sides.map((side) => change(pieces, run, side, gap, redcarpet));
          if (undo.every((step) => step !== undefined) && fine(run)) return true;
          for (const step of undo.reverse()) step?.();
          return false;
        }),
      );
      if (fixed) continue;
      for (const piece of pieces.slice(run.start, run.end + 1) as DelimPiece[]) {
        const opener = pieces[piece.id] as DelimPiece;
        opener.html = (pieces[opener.closeAt as number] as DelimPiece).html = true;
      }
    }
  }
}
