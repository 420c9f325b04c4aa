import { protectLiquid } from "../templates/liquid-raw.js";
import { setWrite } from "./escape-pieces.js";
import { syntaxOut } from "./flanking.js";
import type { Piece, TextPiece } from "./pieces.js";
import type { TextFilter } from "./text-filter.js";
import { WRITE } from "./text-rules.js";

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const SPACE = /^\s$/u;
const COMMENT = "<!---->";

/**
 * Whether a hard break right before this piece must be `&#10;`: marked parses link text and
 * emphasis on their own (a final hard break there is not one), and in list items takes a line
 * that starts with an HTML tag for an HTML block.
 */
function unsafeAfterBreak(piece: Piece | undefined): boolean {
  if (
    piece === undefined ||
    piece.kind === "text" ||
    piece.kind === "break" ||
    piece.kind === "code"
  )
    return false;
  const out = syntaxOut(piece);
  return (
    out.startsWith("]") || out.startsWith("<") || (piece.kind === "delim" && piece.role === "close")
  );
}

/** Whether a line may end right after this piece with trailing spaces or a bare newline. */
function endsLineWell(piece: Piece | undefined): boolean {
  switch (piece?.kind) {
    case "text":
    case "code":
      return true;
    case "delim":
      return piece.role === "close";
    case "syntax":
      return !piece.out.endsWith("[") && !/^<[a-z]+>$/.test(piece.out);
    default:
      return false;
  }
}

/**
 * Settles each hard break: `&#10;` where the piece after it would make a break misread, and in
 * the filter's form otherwise. A form other than the backslash (two trailing spaces, a bare
 * newline) needs a line that ends well before it (else `&#10;`), and whitespace right before it
 * encoded, since parsers strip it.
 */
function settleBreaks(pieces: Piece[], filter: TextFilter): void {
  pieces.forEach((piece, index) => {
    if (piece.kind !== "break" || piece.entity) return;
    if (unsafeAfterBreak(pieces[index + 1])) {
      piece.entity = true;
      return;
    }
    if (filter.hardBreak === "\\\n") return;
    const previous = pieces[index - 1];
    if (!endsLineWell(previous)) {
      piece.entity = true;
      return;
    }
    if (previous?.kind === "text") {
      const at = previous.text.length - 1;
      if (SPACE.test(previous.text[at] as string)) setWrite(previous, at, WRITE.entity);
    }
  });
}

function breakOut(piece: Extract<Piece, { kind: "break" }>, filter: TextFilter): string {
  return piece.entity ? "&#10;" : filter.hardBreak;
}

/** The first character the text's character at `index` is written with. */
function charOut(piece: TextPiece, index: number): string | undefined {
  const write = piece.writes?.[index] ?? 0;
  if ((write & WRITE.comment) !== 0) return "<";
  if ((write & WRITE.entity) !== 0) return "&";
  return (write & WRITE.backslash) !== 0 ? "\\" : piece.text[index];
}

/** The first character a piece is written with. */
function firstOut(piece: Piece | undefined, filter: TextFilter): string | undefined {
  if (piece === undefined) return undefined;
  if (piece.kind === "text") return charOut(piece, 0);
  return piece.kind === "break" ? breakOut(piece, filter)[0] : syntaxOut(piece)[0];
}

/**
 * A backslash is escaped where what is written right after it would turn it into an escape or a
 * hard break (ASCII punctuation, a line end, the end), once every neighbour's form is known.
 */
function escapeBackslashes(pieces: Piece[], filter: TextFilter): void {
  pieces.forEach((piece, at) => {
    if (piece.kind !== "text") return;
    const { text } = piece;
    for (let index = text.indexOf("\\"); index !== -1; index = text.indexOf("\\", index + 1)) {
      if ((piece.writes?.[index] ?? 0) !== 0) continue;
      const next =
        index + 1 < text.length ? charOut(piece, index + 1) : firstOut(pieces[at + 1], filter);
      if (next === undefined || next === "\n" || ASCII_PUNCTUATION.test(next)) {
        setWrite(piece, index, WRITE.backslash);
      }
    }
  });
}

function textOut(piece: TextPiece): string {
  const { text, writes } = piece;
  if (writes === undefined) return text;
  let out = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const write = writes[index] as number;
    if (write === 0) continue;
    const code = text.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(index, index + width);
    out += text.slice(from, index);
    if ((write & WRITE.comment) !== 0) out += COMMENT;
    if ((write & WRITE.entity) !== 0) out += `&#${code};`;
    else out += (write & WRITE.backslash) !== 0 ? `\\${char}` : char;
    from = index + width;
    index += width - 1;
  }
  return out + text.slice(from);
}

/**
 * Writes the pieces as Markdown: hard breaks settled (see settleBreaks), backslashes that would
 * escape something escaped, each text character in its form, and for a target that runs Liquid
 * over its HTML, every `{{` and `{%` in text wrapped in a raw block.
 */
export function writePieces(pieces: Piece[], filter: TextFilter): string {
  settleBreaks(pieces, filter);
  escapeBackslashes(pieces, filter);
  let out = "";
  for (const piece of pieces) {
    if (piece.kind === "text")
      out += filter.liquid ? protectLiquid(textOut(piece)) : textOut(piece);
    else if (piece.kind === "break") out += breakOut(piece, filter);
    else out += syntaxOut(piece);
  }
  return out;
}
