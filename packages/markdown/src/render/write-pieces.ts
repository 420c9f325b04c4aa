import { protectLiquid } from "../templates/liquid-raw.js";
import { setWrite } from "./escape-pieces.js";
import { type Piece, pieceOut, type TextPiece } from "./pieces.js";
import type { TextFilter } from "./text-filter.js";
import { WRITE } from "./text-rules.js";

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * Settles each hard break: `&#10;` before a `]`, a tag or a closing delimiter (marked reads link
 * text and emphasis on their own, and a line starting with a tag in a list item as HTML), and
 * where the filter's form (two trailing spaces, a bare newline) needs a line that ends in text,
 * code, a closer or a link's end; whitespace before such a form is encoded, since it is stripped.
 */
function settleBreaks(pieces: Piece[], filter: TextFilter): void {
  pieces.forEach((piece, at) => {
    if (piece.kind !== "break" || piece.entity) return;
    const next = pieces[at + 1];
    const out =
      next === undefined || next.kind === "text" || next.kind === "code" ? "" : pieceOut(next);
    piece.entity = /^[\]<]/.test(out) || (next?.kind === "delim" && next.role === "close");
    const previous = pieces[at - 1];
    if (piece.entity || filter.hardBreak === "\\\n") return;
    if (previous?.kind === "text") {
      const last = previous.text.length - 1;
      if (/\s/u.test(previous.text[last] as string)) setWrite(previous, last, WRITE.entity);
    } else if (previous?.kind === "delim") {
      piece.entity = previous.role === "open";
    } else {
      piece.entity =
        previous?.kind !== "code" &&
        (previous?.kind !== "syntax" || /\[$|^<[a-z]+>$/.test(previous.out));
    }
  });
}

/** The first character the text's character at `index` is written with. */
function charOut(piece: TextPiece, index: number): string | undefined {
  const write = piece.writes?.[index] ?? 0;
  if ((write & WRITE.comment) !== 0) return "<";
  if ((write & WRITE.entity) !== 0) return "&";
  return (write & WRITE.backslash) !== 0 ? "\\" : piece.text[index];
}

function breakOut(piece: Extract<Piece, { kind: "break" }>, filter: TextFilter): string {
  return piece.entity ? "&#10;" : filter.hardBreak;
}

/**
 * A backslash is escaped where what is written right after it would make it an escape or a
 * hard break (ASCII punctuation, a line end, the end), once every neighbour's form is known.
 */
function escapeBackslashes(pieces: Piece[], filter: TextFilter): void {
  pieces.forEach((piece, at) => {
    if (piece.kind !== "text") return;
    const { text } = piece;
    for (let index = text.indexOf("\\"); index !== -1; index = text.indexOf("\\", index + 1)) {
      if ((piece.writes?.[index] ?? 0) !== 0) continue;
      const after = pieces[at + 1];
      let next: string | undefined;
      if (index + 1 < text.length) next = charOut(piece, index + 1);
      else if (after?.kind === "text") next = charOut(after, 0);
      else if (after !== undefined)
        next = (after.kind === "break" ? breakOut(after, filter) : pieceOut(after))[0];
      if (next === undefined || next === "\n" || ASCII_PUNCTUATION.test(next)) {
        setWrite(piece, index, WRITE.backslash);
      }
    }
  });
}

/** The text with each character in its form: `<!---->` before it, a reference, a backslash. */
function textOut({ text, writes }: TextPiece): string {
  if (writes === undefined) return text;
  let out = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const write = writes[index] as number;
    if (write === 0) continue;
    const code = text.codePointAt(index) as number;
    const char = String.fromCodePoint(code);
    out += `${text.slice(from, index)}${(write & WRITE.comment) !== 0 ? "<!---->" : ""}`;
    if ((write & WRITE.entity) !== 0) out += `&#${code};`;
    else out += (write & WRITE.backslash) !== 0 ? `\\${char}` : char;
    from = index + char.length;
    index = from - 1;
  }
  return out + text.slice(from);
}

/**
 * Writes the pieces as Markdown: hard breaks settled, backslashes that would escape something
 * escaped, each text character in its form, and where Liquid runs over the HTML, each `{{` and
 * `{%` in text in a raw block.
 */
export function writePieces(pieces: Piece[], filter: TextFilter): string {
  settleBreaks(pieces, filter);
  escapeBackslashes(pieces, filter);
  let out = "";
  for (const piece of pieces) {
    if (piece.kind === "text") {
      const text = textOut(piece);
      out += filter.liquid && text.includes("{") ? protectLiquid(text) : text;
    } else out += piece.kind === "break" ? breakOut(piece, filter) : pieceOut(piece);
  }
  return out;
}
