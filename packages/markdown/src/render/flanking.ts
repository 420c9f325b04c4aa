import { type CharClass, classOf } from "./char-classes.js";
import { setWrite } from "./escape-pieces.js";
import type { DelimPiece, Piece, TextPiece } from "./pieces.js";
import { charAt, charBefore } from "./text-contexts.js";
import { type Flanking, WRITE } from "./text-rules.js";

function isDelim(piece: Piece | undefined, role: "open" | "close", char: string): boolean {
  return piece?.kind === "delim" && piece.role === role && piece.char === char;
}

/**
 * Picks `*` or `_` for each emphasis and strong pair. Nested inside a `*` pair, `_` is used
 * (`**_both_**`): marked takes a `*` run inside another for a closer more often than CommonMark
 * does. And a run never closes right where another run of the same character opens
 * (`*a***b**`), which parsers read differently.
 */
export function chooseDelimiters(pieces: Piece[]): void {
  const closeAt = new Map<number, number>();
  pieces.forEach((piece, index) => {
    if (piece.kind === "delim" && piece.role === "close") closeAt.set(piece.id, index);
  });
  const open: DelimPiece[] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind !== "delim" || piece.mark === "strike") return;
    if (piece.role === "close") {
      open.splice(
        open.findIndex((other) => other.id === piece.id),
        1,
      );
      return;
    }
    const closeIndex = closeAt.get(piece.id) as number;
    const close = pieces[closeIndex] as DelimPiece;
    const preferred = open.some((outer) => outer.char === "*") ? "_" : "*";
    const other = preferred === "*" ? "_" : "*";
    const clashes = (char: string) =>
      isDelim(pieces[index - 1], "close", char) || isDelim(pieces[closeIndex + 1], "open", char);
    const char = clashes(preferred) && !clashes(other) ? other : preferred;
    piece.char = char;
    close.char = char;
    open.push(piece);
  });
}

/** A run of delimiters next to each other with the same character. */
interface Run {
  start: number;
  end: number;
  char: string;
  role: "open" | "close" | "both";
  /** Inside another pair written with the same character, where a run must not be ambiguous. */
  nested: boolean;
}

const TAGS = { em: "em", strong: "strong", strike: "del" } as const;

/** What a piece other than text is written as, before line breaks take their final form. */
export function syntaxOut(piece: Exclude<Piece, TextPiece>): string {
  switch (piece.kind) {
    case "break":
      return piece.entity ? "&#10;" : "\\\n";
    case "code":
    case "syntax":
      return piece.out;
    default:
      if (piece.html)
        return piece.role === "open" ? `<${TAGS[piece.mark]}>` : `</${TAGS[piece.mark]}>`;
      return piece.char.repeat(piece.mark === "em" ? 1 : 2);
  }
}

/** The character a piece's output ends (`before`) or starts with, as flanking sees it. */
function edgeClass(
  piece: Piece | undefined,
  side: "before" | "after",
  run: Run,
  flanking: Flanking,
): CharClass {
  if (piece === undefined) return "space";
  let char: string | undefined;
  if (piece.kind === "text") {
    const { text, writes } = piece;
    const index =
      side === "before" ? text.length - (charBefore(text, text.length)?.length ?? 1) : 0;
    const write = writes?.[index] ?? 0;
    const escaped = (write & (WRITE.backslash | WRITE.entity)) !== 0;
    if (escaped || (side === "after" && write !== 0)) return "punct";
    char = side === "before" ? charBefore(text, text.length) : charAt(text, 0);
  } else {
    const out = syntaxOut(piece);
    char = side === "before" ? charBefore(out, out.length) : charAt(out, 0);
  }
  return char === undefined
    ? "space"
    : classOf(char, flanking, run.char, side === "before" && run.role !== "close");
}

function leftFlanking(before: CharClass, after: CharClass): boolean {
  return after !== "space" && (after !== "punct" || before !== "other");
}

function rightFlanking(before: CharClass, after: CharClass): boolean {
  return before !== "space" && (before !== "punct" || after !== "other");
}

/**
 * Whether a run opens: by CommonMark's rules, or by Redcarpet's with `no_intra_emphasis` (no
 * space after it, no letter or digit before it).
 */
function canOpen(flanking: Flanking, char: string, before: CharClass, after: CharClass): boolean {
  if (flanking === "redcarpet") return after !== "space" && before !== "other";
  const left = leftFlanking(before, after);
  return char === "_" ? left && (!rightFlanking(before, after) || before === "punct") : left;
}

function canClose(flanking: Flanking, char: string, before: CharClass, after: CharClass): boolean {
  if (flanking === "redcarpet") return before !== "space" && after !== "other";
  const right = rightFlanking(before, after);
  return char === "_" ? right && (!leftFlanking(before, after) || after === "punct") : right;
}

function runsOf(pieces: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  const open: DelimPiece[] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind !== "delim") return;
    if (piece.role === "close")
      open.splice(
        open.findIndex((other) => other.id === piece.id),
        1,
      );
    if (piece.html) {
      if (piece.role === "open") open.push(piece);
      return;
    }
    const nested = open.some((outer) => !outer.html && outer.char === piece.char);
    const last = runs.at(-1);
    if (last && last.end === index - 1 && last.char === piece.char) {
      last.end = index;
      if (last.role !== piece.role) last.role = "both";
      last.nested ||= nested;
    } else {
      runs.push({ start: index, end: index, char: piece.char, role: piece.role, nested });
    }
    if (piece.role === "open") open.push(piece);
  });
  return runs;
}

function satisfied(pieces: readonly Piece[], run: Run, flankings: readonly Flanking[]): boolean {
  return flankings.every((flanking) => {
    const before = edgeClass(pieces[run.start - 1], "before", run, flanking);
    const after = edgeClass(pieces[run.end + 1], "after", run, flanking);
    const opens = canOpen(flanking, run.char, before, after);
    const closes = canClose(flanking, run.char, before, after);
    if (run.role === "open") return opens && !(run.nested && closes);
    if (run.role === "close") return closes && !(run.nested && opens);
    return opens && closes;
  });
}

type Change = () => () => void;

const ALNUM = /^[\p{L}\p{N}]/u;
const SEPARATOR = "<!---->";

/**
 * Turns a neighbour into punctuation: a character reference, or `&#10;` for a line break. Not a
 * letter or digit where Redcarpet reads the run (a tag reads better there than `&#110;`).
 */
function encoder(
  piece: Piece | undefined,
  side: "before" | "after",
  flankings: readonly Flanking[],
): Change | undefined {
  if (piece?.kind === "text") {
    const { text } = piece;
    const char = side === "before" ? charBefore(text, text.length) : charAt(text, 0);
    const index = side === "before" ? text.length - (char?.length ?? 1) : 0;
    if ((piece.writes?.[index] ?? 0) !== 0) return undefined;
    if (flankings.includes("redcarpet") && ALNUM.test(char ?? "")) return undefined;
    return () => {
      setWrite(piece, index, WRITE.entity);
      return () => {
        (piece.writes as Uint8Array)[index] = 0;
      };
    };
  }
  if (piece?.kind === "break" && side === "before" && !piece.entity) {
    return () => {
      piece.entity = true;
      return () => {
        piece.entity = false;
      };
    };
  }
  return undefined;
}

/** Puts an empty HTML comment between the run and its neighbour, which it splits from it. */
function separator(pieces: Piece[], run: Run, side: "before" | "after"): Change {
  return () => {
    const at = side === "before" ? run.start : run.end + 1;
    pieces.splice(at, 0, { kind: "syntax", out: SEPARATOR });
    if (side === "before") {
      run.start++;
      run.end++;
    }
    return () => {
      pieces.splice(at, 1);
      if (side === "before") {
        run.start--;
        run.end--;
      }
    };
  };
}

function asHtml(pieces: Piece[], run: Run): void {
  const ids = new Set<number>();
  for (let index = run.start; index <= run.end; index++) {
    const piece = pieces[index];
    if (piece?.kind === "delim") ids.add(piece.id);
  }
  for (const piece of pieces) if (piece.kind === "delim" && ids.has(piece.id)) piece.html = true;
}

/** How a delimiter run was fixed: pieces added means the runs must be found again. */
type Fix = "none" | "changed" | "inserted";

function fixRun(pieces: Piece[], run: Run, filter: FlankingFilter): Fix {
  const { flanking } = filter;
  if (satisfied(pieces, run, flanking)) return "none";
  const before = encoder(pieces[run.start - 1], "before", flanking);
  const after = encoder(pieces[run.end + 1], "after", flanking);
  const options: { changes: (Change | undefined)[]; inserts: boolean }[] = [
    { changes: [before], inserts: false },
    { changes: [after], inserts: false },
    { changes: [before, after], inserts: false },
  ];
  if (!filter.tags) {
    const apart = [separator(pieces, run, "before"), separator(pieces, run, "after")];
    for (const changes of [[apart[0]], [apart[1]], apart]) options.push({ changes, inserts: true });
  }
  for (const { changes, inserts } of options) {
    if (changes.some((change) => change === undefined)) continue;
    const undo = (changes as Change[]).map((change) => change());
    if (satisfied(pieces, run, flanking)) return inserts ? "inserted" : "changed";
    for (const revert of undo.reverse()) revert();
  }
  asHtml(pieces, run);
  return "changed";
}

/** What fixFlanking needs of the filter: its readers' classes, and whether tags are read. */
export interface FlankingFilter {
  flanking: readonly Flanking[];
  tags: boolean;
}

/**
 * Makes every delimiter run open or close where it should for each of the readers' classes of
 * characters (char-classes.ts): a neighbouring space or letter that stops a run from flanking
 * is written as a character reference (which counts as punctuation), a line break before a
 * closer as `&#10;`; for readers that drop raw HTML, an empty comment may split the run from
 * its neighbour; where nothing helps, the mark is written as an HTML tag (`<em>`, `<strong>`,
 * `<del>`).
 */
export function fixFlanking(pieces: Piece[], filter: FlankingFilter): void {
  if (filter.flanking.length === 0 || !pieces.some((piece) => piece.kind === "delim")) return;
  let inserts = 0;
  for (let pass = 0; pass < 8; pass++) {
    let fix: Fix = "none";
    for (const run of runsOf(pieces)) {
      const fixed = fixRun(pieces, run, filter);
      if (fixed !== "none") fix = fixed;
      if (fixed === "inserted") break;
    }
    if (fix === "none") return;
    if (fix === "inserted" && inserts++ < pieces.length) pass--;
  }
}
