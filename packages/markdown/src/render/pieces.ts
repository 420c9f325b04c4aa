import type { Inline, Mark, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import type { ParserFamily } from "../parser-family.js";
import { codeSpan } from "./code-span.js";
import { renderDestination } from "./render-destination.js";

/** A mark written with delimiter runs. */
export type DelimitedMark = "em" | "strong" | "strike";

/**
 * A run of running text. `writes` holds, per UTF-16 unit where a character starts, how it is
 * written: 0 as itself, else its WRITE flags (text-rules.ts); made once a character needs one.
 */
export interface TextPiece {
  kind: "text";
  text: string;
  inLink: boolean;
  writes?: Uint8Array;
}

/** A delimiter run's half of a mark: `*`, `_` or `~` runs, or an HTML tag where none reads back. */
export interface DelimPiece {
  kind: "delim";
  role: "open" | "close";
  mark: DelimitedMark;
  id: number;
  char: "*" | "_" | "~";
  html: boolean;
}

/**
 * One piece of written inline Markdown: text runs, line breaks (`&#10;` where a hard break
 * would not read back), code spans, syntax written as it is (`[`, `](url)`, `<sub>`) and
 * delimiters.
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

type Wrap =
  | { kind: DelimitedMark | "sub" | "sup"; key: string }
  | { kind: "link"; key: string; href: string };

interface Open {
  wrap: Wrap;
  id: number;
}

const OUTER_FIRST = ["link", "sub", "sup", "strong", "em", "strike"];
const NO_WRAPS: readonly Wrap[] = [];
const LINE_BREAKS = /([\n\u2028\u2029])/;

function wrapsOf(span: Span): readonly Wrap[] {
  if (span.href === undefined && span.marks === undefined) return NO_WRAPS;
  const wraps: Wrap[] = [];
  if (span.href !== undefined)
    wraps.push({ kind: "link", key: `link ${span.href}`, href: span.href });
  for (const mark of span.marks ?? []) if (mark !== "code") wraps.push({ kind: mark, key: mark });
  return wraps;
}

function hasKey(wraps: readonly Wrap[], key: string): boolean {
  for (const wrap of wraps) if (wrap.key === key) return true;
  return false;
}

/**
 * Code spans cannot hold line breaks (nor, for marked, the Unicode line separators): those are
 * written outside the code.
 */
function splitCodeBreaks(spans: readonly Span[]): readonly Span[] {
  if (!spans.some((span) => span.marks?.includes("code") && LINE_BREAKS.test(span.text))) {
    return spans;
  }
  return spans.flatMap((span) => {
    if (!span.marks?.includes("code") || !LINE_BREAKS.test(span.text)) return [span];
    const others: Mark[] = span.marks.filter((mark) => mark !== "code");
    return span.text.split(LINE_BREAKS).flatMap((part): Span[] => {
      if (part === "") return [];
      const marks = LINE_BREAKS.test(part) ? others : span.marks;
      return [{ ...span, text: part, marks: marks && marks.length > 0 ? marks : undefined }];
    });
  });
}

function openPiece(open: Open): Piece {
  const { wrap } = open;
  if (wrap.kind === "link") return { kind: "syntax", out: "[" };
  if (wrap.kind === "sub" || wrap.kind === "sup") return { kind: "syntax", out: `<${wrap.kind}>` };
  const char = wrap.kind === "strike" ? "~" : "*";
  return { kind: "delim", role: "open", mark: wrap.kind, id: open.id, char, html: false };
}

function closePiece(open: Open, family: ParserFamily | undefined): Piece {
  const { wrap } = open;
  if (wrap.kind === "link") {
    return { kind: "syntax", out: `](${renderDestination(wrap.href, family)})` };
  }
  if (wrap.kind === "sub" || wrap.kind === "sup") return { kind: "syntax", out: `</${wrap.kind}>` };
  const char = wrap.kind === "strike" ? "~" : "*";
  return { kind: "delim", role: "close", mark: wrap.kind, id: open.id, char, html: false };
}

function pushText(pieces: Piece[], text: string, inLink: boolean): void {
  if (!text.includes("\n")) {
    pieces.push({ kind: "text", text, inLink, writes: undefined });
    return;
  }
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (index > 0) pieces.push({ kind: "break", entity: false });
    if (line !== "") pieces.push({ kind: "text", text: line, inLink, writes: undefined });
  });
}

/** How many spans from `from` on are wrapped in `key`. */
function runLength(spans: readonly Span[], key: string, from: number): number {
  let end = from;
  while (end < spans.length && hasKey(wrapsOf(spans[end] as Span), key)) end++;
  return end - from;
}

/**
 * Turns inline content into pieces: marks and links become properly nested delimiters (the mark
 * that lasts longest outermost), code becomes code spans and links' destinations are written,
 * both in the family's form, `\n` a line break, and text a run per span, nothing escaped yet.
 */
export function buildPieces(content: Inline, place: PiecesPlace): Piece[] {
  const pieces: Piece[] = [];
  const first = content[0];
  if (content.length === 1 && first?.marks === undefined && first?.href === undefined) {
    if (first !== undefined && first.text !== "") pushText(pieces, first.text, place.linkText);
    return pieces;
  }
  const spans = splitCodeBreaks(normalizeInline(content));
  const stack: Open[] = [];
  let nextId = 0;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span;
    const wraps = wrapsOf(span);
    let keep = 0;
    while (keep < stack.length && hasKey(wraps, (stack[keep] as Open).wrap.key)) keep++;
    while (stack.length > keep) pieces.push(closePiece(stack.pop() as Open, place.family));
    const opening = wraps.filter((wrap) => !stack.some((open) => open.wrap.key === wrap.key));
    if (opening.length > 1) {
      opening.sort(
        (a, b) =>
          runLength(spans, b.key, index) - runLength(spans, a.key, index) ||
          OUTER_FIRST.indexOf(a.kind) - OUTER_FIRST.indexOf(b.kind),
      );
    }
    for (const wrap of opening) {
      const open = { wrap, id: nextId++ };
      stack.push(open);
      pieces.push(openPiece(open));
    }
    if (span.marks?.includes("code")) {
      pieces.push({ kind: "code", out: codeSpan(span.text, place) });
    } else {
      const inLink = place.linkText || stack.some((open) => open.wrap.kind === "link");
      pushText(pieces, span.text, inLink);
    }
  }
  while (stack.length > 0) pieces.push(closePiece(stack.pop() as Open, place.family));
  return pieces;
}
