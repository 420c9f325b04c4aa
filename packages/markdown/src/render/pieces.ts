import type { Inline, Mark, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import type { ParserFamily } from "../parser-family.js";
import { codeSpan } from "./code-span.js";
import { renderDestination } from "./render-destination.js";

/** A mark written with delimiter runs. */
export type DelimitedMark = "em" | "strong" | "strike";

/** A run of text; `writes`: per UTF-16 unit, the character's WRITE flags, once one needs some. */
export interface TextPiece {
  kind: "text";
  text: string;
  inLink: boolean;
  writes?: Uint8Array;
}

/** Half of a mark's delimiters: a `*`, `_` or `~` run, or an HTML tag where none reads back. */
export interface DelimPiece {
  kind: "delim";
  role: "open" | "close";
  mark: DelimitedMark;
  id: number;
  char: "*" | "_" | "~";
  html: boolean;
  /** On the opening half: the index of the closing one. */
  closeAt?: number;
  /** An empty comment right before or after the run splits it from its neighbour. */
  gapBefore?: boolean;
  gapAfter?: boolean;
}

/**
 * A piece of written inline Markdown: text runs, line breaks (`&#10;` where a hard break would
 * not read back), code spans, syntax written as it is (`[`, `](url)`, `<sub>`), delimiters.
 */
export type Piece =
  | TextPiece
  | DelimPiece
  | { kind: "break"; entity: boolean }
  | { kind: "code"; out: string }
  | { kind: "syntax"; out: string };

/** Where inline content is written, as far as its pieces are concerned. */
export interface PiecesPlace {
  linkText: boolean;
  pipes: boolean;
  family: ParserFamily | undefined;
}

interface Wrap {
  kind: DelimitedMark | "sub" | "sup" | "link";
  key: string;
  href?: string;
}

const OUTER_FIRST = ["link", "sub", "sup", "strong", "em", "strike"];
const LINE_BREAKS = /([\n\u2028\u2029])/;
const TAGS = { em: "em", strong: "strong", strike: "del" } as const;
const GAP = "<!---->";

/** What a piece other than text is written as (a hard break in CommonMark's forms). */
export function pieceOut(piece: Exclude<Piece, TextPiece>): string {
  if (piece.kind === "break") return piece.entity ? "&#10;" : "\\\n";
  if (piece.kind !== "delim") return piece.out;
  const tag = piece.role === "open" ? `<${TAGS[piece.mark]}>` : `</${TAGS[piece.mark]}>`;
  const run = piece.html ? tag : piece.char.repeat(piece.mark === "em" ? 1 : 2);
  return `${piece.gapBefore ? GAP : ""}${run}${piece.gapAfter ? GAP : ""}`;
}

function wrapsOf(span: Span): Wrap[] {
  const wraps: Wrap[] =
    span.href === undefined ? [] : [{ kind: "link", key: `link ${span.href}`, href: span.href }];
  for (const mark of span.marks ?? []) if (mark !== "code") wraps.push({ kind: mark, key: mark });
  return wraps;
}

/** Code cannot hold line breaks (nor, for marked, U+2028 and U+2029): those go outside it. */
function splitCodeBreaks(spans: Span[]): Span[] {
  if (!spans.some((span) => span.marks?.includes("code") && LINE_BREAKS.test(span.text))) {
    return spans;
  }
  return spans.flatMap((span) => {
    if (!span.marks?.includes("code") || !LINE_BREAKS.test(span.text)) return [span];
    const others: Mark[] = span.marks.filter((mark) => mark !== "code");
    return span.text.split(LINE_BREAKS).flatMap((part): Span[] => {
      const marks = LINE_BREAKS.test(part) ? others : span.marks;
      return part === "" ? [] : [{ ...span, text: part, marks: marks?.length ? marks : undefined }];
    });
  });
}

function edge(wrap: Wrap, id: number, role: "open" | "close", family?: ParserFamily): Piece {
  if (wrap.kind === "link") {
    return {
      kind: "syntax",
      out: role === "open" ? "[" : `](${renderDestination(wrap.href as string, family)})`,
    };
  }
  if (wrap.kind === "sub" || wrap.kind === "sup") {
    return { kind: "syntax", out: role === "open" ? `<${wrap.kind}>` : `</${wrap.kind}>` };
  }
  return {
    kind: "delim",
    role,
    mark: wrap.kind,
    id,
    char: wrap.kind === "strike" ? "~" : "*",
    html: false,
  };
}

function pushText(pieces: Piece[], text: string, inLink: boolean): void {
  if (!text.includes("\n")) {
    pieces.push({ kind: "text", text, inLink, writes: undefined });
    return;
  }
  text.split("\n").forEach((line, index) => {
    if (index > 0) pieces.push({ kind: "break", entity: false });
    if (line !== "") pieces.push({ kind: "text", text: line, inLink, writes: undefined });
  });
}

/**
 * Turns inline content into pieces: marks and links become properly nested delimiters (the one
 * that lasts longest outermost), code becomes code spans and links' destinations are written,
 * both in the family's form, `\n` a line break, and the text a run per span, nothing escaped.
 */
export function buildPieces(content: Inline, place: PiecesPlace): Piece[] {
  const pieces: Piece[] = [];
  const first = content[0];
  if (content.length === 1 && first?.marks === undefined && first?.href === undefined) {
    if (first !== undefined) pushText(pieces, first.text, place.linkText);
    return pieces;
  }
  const spans = splitCodeBreaks(normalizeInline(content));
  const wraps = spans.map(wrapsOf);
  const holds = (at: number, key: string) => wraps[at]?.some((wrap) => wrap.key === key) ?? false;
  const lasting = (key: string, from: number) => {
    let end = from;
    while (holds(end, key)) end++;
    return end - from;
  };
  const stack: Wrap[] = [];
  const ids: number[] = [];
  const close = () => {
    const opener = pieces[ids.at(-1) as number];
    if (opener?.kind === "delim") opener.closeAt = pieces.length;
    pieces.push(edge(stack.pop() as Wrap, ids.pop() as number, "close", place.family));
  };
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span;
    let keep = 0;
    while (keep < stack.length && holds(index, (stack[keep] as Wrap).key)) keep++;
    while (stack.length > keep) close();
    const opening = (wraps[index] as Wrap[]).filter(
      (wrap) => !stack.some((open) => open.key === wrap.key),
    );
    if (opening.length > 1) {
      opening.sort(
        (a, b) =>
          lasting(b.key, index) - lasting(a.key, index) ||
          OUTER_FIRST.indexOf(a.kind) - OUTER_FIRST.indexOf(b.kind),
      );
    }
    for (const wrap of opening) {
      stack.push(wrap);
      ids.push(pieces.length);
      pieces.push(edge(wrap, pieces.length, "open"));
    }
    if (span.marks?.includes("code"))
      pieces.push({ kind: "code", out: codeSpan(span.text, place) });
    else pushText(pieces, span.text, place.linkText || stack.some((open) => open.kind === "link"));
  }
  while (stack.length > 0) close();
  return pieces;
}
