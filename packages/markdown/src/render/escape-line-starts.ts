import type { Cell } from "./cell.js";
import { isAnySpace } from "./char-class.js";
import { settleBreaks } from "./settle-breaks.js";

/**
 * Every pattern reads the line once: no two runs in a row can take the same character (a table
 * delimiter row is written `[|:\s]*-[-|:\s]*`, not `[|:\s-]*-[|:\s-]*`, whose runs backtrack
 * into each other, quadratic on a long line of `- ` that ends otherwise).
 */
const BLOCK_STARTS: readonly { pattern: RegExp; at: (match: RegExpExecArray) => number }[] = [
  { pattern: /^#{1,6}(?:\s|$)/, at: () => 0 },
  { pattern: /^>/, at: () => 0 },
  { pattern: /^[-+*](?:\s|$)/, at: () => 0 },
  { pattern: /^(\d{1,9})[.)](?:\s|$)/, at: (match) => (match[1] ?? "").length },
  { pattern: /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/, at: () => 0 },
  { pattern: /^(?:=+|-+)\s*$/, at: () => 0 },
  { pattern: /^(?:`{3,}|~{3,})/, at: () => 0 },
  { pattern: /^[|:\s]*-[-|:\s]*$/, at: () => 0 },
];

function lineText(cells: readonly Cell[], start: number): string {
  let text = "";
  for (let index = start; index < cells.length; index++) {
    const cell = cells[index];
    if (cell?.kind !== "text") break;
    text += cell.char;
  }
  return text;
}

function escapeLineStart(cells: Cell[], start: number, blockSyntax: boolean): void {
  const first = cells[start];
  if (first?.kind !== "text") return;
  if (isAnySpace(first.char)) {
    first.encode = true;
    return;
  }
  if (!blockSyntax) return;
  const text = lineText(cells, start);
  for (const { pattern, at } of BLOCK_STARTS) {
    const match = pattern.exec(text);
    const cell = match ? cells[start + at(match)] : undefined;
    if (cell?.kind === "text") cell.escape = true;
  }
}

/**
 * Makes every line start and the end of the block read back as written: leading whitespace is
 * encoded (parsers strip it), a line that would start a block (`# `, `> `, `- `, `1. `, `---`, a
 * fence, a table delimiter row) gets its first marker escaped, trailing whitespace is encoded
 * and a line break at the very end of the block, of link text or of emphasis becomes `&#10;`
 * (a hard break cannot end a block).
 */
export function escapeLineStarts(cells: Cell[], options: { lineStart: boolean }): void {
  escapeLineStart(cells, 0, options.lineStart);
  cells.forEach((cell, index) => {
    if (cell.kind === "break" && !cell.entity) escapeLineStart(cells, index + 1, true);
  });
  settleBreaks(cells);
  const last = cells.at(-1);
  if (last?.kind === "text" && isAnySpace(last.char)) last.encode = true;
  if (last?.kind === "break") last.entity = true;
}
