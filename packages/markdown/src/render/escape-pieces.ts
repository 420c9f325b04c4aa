import type { Piece, TextPiece } from "./pieces.js";
import { CONTEXTS, charAt, type Place, type Scan } from "./text-contexts.js";
import type { TextFilter } from "./text-filter.js";
import { WRITE } from "./text-rules.js";

const BACKSLASH = 0x5c;

/** Where the text's last code point starts. */
function lastCharStart(text: string): number {
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length >= 2 ? text.length - 2 : text.length - 1;
}

/** Adds forms (WRITE flags) to how the character at `index` is written. */
export function setWrite(piece: TextPiece, index: number, write: number): void {
  piece.writes ??= new Uint8Array(piece.text.length);
  piece.writes[index] = (piece.writes[index] as number) | write;
}

function applyRulesAt(scan: Scan, filter: TextFilter, index: number): void {
  const { text } = scan.piece;
  const code = text.charCodeAt(index);
  const rules = filter.rules.get(code);
  if (rules === undefined || code === BACKSLASH) return;
  const char = text[index] as string;
  for (const rule of rules) {
    if (CONTEXTS[rule.at](scan, index, char)) setWrite(scan.piece, index, rule.write);
  }
}

/** Tries the rules of every character the screen finds (of every character without one). */
function applyRules(scan: Scan, filter: TextFilter): void {
  const { text } = scan.piece;
  const { screen } = filter;
  if (screen === undefined) {
    const { ruled } = filter;
    for (let index = 0; index < text.length; index++) {
      if (ruled[text.charCodeAt(index)] === 1) applyRulesAt(scan, filter, index);
    }
    return;
  }
  let done = 0;
  screen.lastIndex = 0;
  for (let match = screen.exec(text); match !== null; match = screen.exec(text)) {
    const end = match.index + match[0].length;
    for (let index = Math.max(done, match.index); index < end; index++) {
      applyRulesAt(scan, filter, index);
    }
    done = Math.max(done, end);
    screen.lastIndex = match.index + 1;
  }
}

function applyPositions(scan: Scan, filter: TextFilter, index: number): void {
  const rules = filter.positions.get(scan.piece.text.charCodeAt(index));
  if (rules === undefined) return;
  const char = charAt(scan.piece.text, index) as string;
  for (const rule of rules) {
    if (CONTEXTS[rule.at](scan, index, char)) setWrite(scan.piece, index, rule.write);
  }
}

function applyLineRules(piece: TextPiece, filter: TextFilter, blockSyntax: boolean): void {
  if (filter.lineScreen !== undefined && !filter.lineScreen.test(piece.text)) return;
  for (const rule of filter.lineRules) {
    if (!blockSyntax && !rule.anyStart) continue;
    const match = rule.line.exec(piece.text);
    if (match) setWrite(piece, match[1]?.length ?? 0, rule.code);
  }
}

/** The start of the trailing run of `#` in the text, or -1 where it does not end in one. */
function trailingHashes(text: string): number {
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) === 0x23) start--;
  return start === text.length ? -1 : start;
}

/** Writes a character reference for every backslash escape of a character the readers cannot escape. */
function entitiesForBackslashes(piece: TextPiece, noBackslash: string): void {
  const { writes, text } = piece;
  if (writes === undefined || noBackslash === "") return;
  for (let index = 0; index < writes.length; index++) {
    const write = writes[index] as number;
    if ((write & WRITE.backslash) !== 0 && noBackslash.includes(text[index] as string)) {
      writes[index] = write | WRITE.entity;
    }
  }
}

/**
 * Marks each character that would act as Markdown where it stands to be written otherwise, by
 * the filter's rules (text-rules.ts): every character any rule is about is tried against its
 * rules' contexts (characters the screen finds none of are skipped), then the rules for line
 * starts, the start of a block, the end of the text and of a heading. A hard break at the very
 * end becomes `&#10;`.
 */
export function escapePieces(
  pieces: Piece[],
  filter: TextFilter,
  place: Place & { lineStart: boolean },
): void {
  const scan: Scan = { pieces, place, at: 0, piece: undefined as unknown as TextPiece };
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (piece.kind !== "text") continue;
    scan.at = at;
    scan.piece = piece;
    applyRules(scan, filter);
    const previous = pieces[at - 1];
    if (at === 0) {
      applyLineRules(piece, filter, place.lineStart);
      applyPositions(scan, filter, 0);
    } else if (previous?.kind === "break" && !previous.entity) {
      applyLineRules(piece, filter, true);
    }
    if (at === pieces.length - 1) {
      applyPositions(scan, filter, lastCharStart(piece.text));
      const hashes = trailingHashes(piece.text);
      if (hashes !== -1) applyPositions(scan, filter, hashes);
    }
    entitiesForBackslashes(piece, filter.noBackslash);
  }
  const last = pieces.at(-1);
  if (last?.kind === "break") last.entity = true;
}
