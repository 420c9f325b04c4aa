import type { Piece, TextPiece } from "./pieces.js";
import { type Scan, TESTS } from "./text-contexts.js";
import type { CompiledRule, TextFilter } from "./text-filter.js";
import { WRITE } from "./text-rules.js";

export interface EscapePlace {
  lineStart: boolean;
  blockStart: boolean;
  heading: boolean;
  isolated: boolean;
}

/** Adds forms (WRITE flags) to how the character at `index` is written. */
export function setWrite(piece: TextPiece, index: number, write: number): void {
  piece.writes ??= new Uint8Array(piece.text.length);
  piece.writes[index] = (piece.writes[index] as number) | write;
}

/** The first character of what follows a text run, as its rules' `after` text sees it. */
function follow(piece: Piece | undefined): string {
  if (piece === undefined || piece.kind === "break") return "";
  if (piece.kind === "text") return piece.text[0] ?? "";
  return piece.kind === "delim" ? piece.char : (piece.out[0] ?? "");
}

function apply(scan: Scan, rules: readonly CompiledRule[] | undefined, text: string, at: number) {
  for (const rule of rules ?? []) {
    if (rule.at === "link text" && !scan.piece.inLink) continue;
    if (rule.at === "outside link text" && scan.piece.inLink) continue;
    rule.pattern.lastIndex = at;
    if (!rule.pattern.test(text)) continue;
    if (rule.when === undefined || TESTS[rule.when](scan, at, text[at] as string)) {
      setWrite(scan.piece, at, rule.write);
    }
  }
}

/** Tries the rules of every character the screens find (of every character, without them). */
function applyRules(scan: Scan, filter: TextFilter, subject: string): void {
  const { text } = scan.piece;
  const { screens, rules, ruled } = filter;
  if (screens === undefined) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (ruled[code] === 1) apply(scan, rules.get(code), subject, index);
    }
    return;
  }
  for (const screen of screens) {
    screen.lastIndex = 0;
    for (let match = screen.exec(subject); match !== null; match = screen.exec(subject)) {
      const end = Math.min(text.length, match.index + match[0].length);
      for (let index = match.index; index < end; index++) {
        apply(scan, rules.get(text.charCodeAt(index)), subject, index);
      }
      screen.lastIndex = match.index + 1;
    }
  }
}

/** The line rules at the start of a text run: `line` ones only where a block could start. */
function applyLineRules(piece: TextPiece, filter: TextFilter, place: EscapePlace, first: boolean) {
  if (filter.lineScreen !== undefined && !filter.lineScreen.test(piece.text)) return;
  for (const rule of filter.lineRules) {
    if (rule.at === "line" && first && !place.lineStart) continue;
    if (rule.at === "block start" && !(first && place.blockStart)) continue;
    const match = rule.pattern.exec(piece.text);
    if (match) setWrite(piece, match[0].length - 1, rule.write);
  }
}

/** The end rules, at the text's last character and where a trailing run of it starts. */
function applyEndRules(scan: Scan, filter: TextFilter, heading: boolean): void {
  const { text } = scan.piece;
  const low = text.charCodeAt(text.length - 1);
  const last = text.length - (low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
  const rules = filter.endRules
    .get(text.charCodeAt(last))
    ?.filter((rule) => heading || rule.at === "end");
  if (rules === undefined || rules.length === 0) return;
  let start = last;
  while (start > 0 && text[start - 1] === text[last]) start--;
  apply(scan, rules, text, start);
  apply(scan, rules, text, last);
}

/**
 * Marks each character a rule of the filter acts on (in running text, at line starts, at the
 * end) to be written otherwise: a reference where the readers cannot escape it with a backslash.
 * A hard break at the very end becomes `&#10;`.
 */
export function escapePieces(pieces: Piece[], filter: TextFilter, place: EscapePlace): void {
  const { isolated, heading } = place;
  const scan: Scan = { pieces, isolated, heading, at: 0, piece: pieces[0] as TextPiece };
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (piece.kind !== "text") continue;
    scan.at = at;
    scan.piece = piece;
    const ruledLast = filter.ruled[piece.text.charCodeAt(piece.text.length - 1)] === 1;
    applyRules(scan, filter, ruledLast ? piece.text + follow(pieces[at + 1]) : piece.text);
    const previous = pieces[at - 1];
    if (at === 0 || (previous?.kind === "break" && !previous.entity)) {
      applyLineRules(piece, filter, place, at === 0);
    }
    if (at === pieces.length - 1) applyEndRules(scan, filter, heading);
    const { writes, text } = piece;
    for (let index = 0; writes !== undefined && index < writes.length; index++) {
      const write = writes[index] as number;
      if ((write & WRITE.backslash) !== 0 && filter.noBackslash.includes(text[index] as string)) {
        writes[index] = write | WRITE.entity;
      }
    }
  }
  const last = pieces.at(-1);
  if (last?.kind === "break") last.entity = true;
}
