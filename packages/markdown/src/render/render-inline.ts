import type { Inline } from "@broadsheet/article";
import type { ParserFamily } from "../parser-family.js";
import { escapePieces } from "./escape-pieces.js";
import { escapePipes } from "./escape-pipes.js";
import { chooseDelimiters, fixFlanking } from "./flanking.js";
import { buildPieces } from "./pieces.js";
import { FAST_PATHS, type TextFilter, textFilter } from "./text-filter.js";
import { writePieces } from "./write-pieces.js";

/** Where inline content is written, which decides what must be escaped. */
export interface InlineOptions {
  /** The first line starts a block's line, so `# `, `- `, `> `, `1. ` … could act (default true). */
  lineStart?: boolean;
  /** A `[` first could start a reference definition or a task box (default: as lineStart). */
  blockStart?: boolean;
  /** `hard`: a line break is a hard break in the filter's form; `entity`: `&#10;` (one-line blocks). */
  breaks?: "hard" | "entity";
  /** Inside a table cell: every pipe is escaped, in code and link destinations too. */
  pipes?: boolean;
  /** Inside an ATX heading: a trailing `#` run is escaped. */
  heading?: boolean;
  /** Inside link or image text: every bracket is escaped. */
  linkText?: boolean;
  /** The rules of the profile's readers (default: ours, CommonMark and marked). */
  textFilter?: TextFilter;
  /** The parser the target reads with: code spans and link destinations in its form. */
  family?: ParserFamily;
}

const OURS = textFilter();

/**
 * Renders inline content as Markdown that the filter's readers read back to the same spans:
 * pieces (pieces.ts: marks and links as nested delimiters, code spans, destinations, text runs),
 * their delimiter characters and escapes (escape-pieces.ts, by the filter's rules), delimiter
 * flanking (flanking.ts), then the pieces written (write-pieces.ts).
 */
export function renderInline(content: Inline, options: InlineOptions = {}): string {
  const { lineStart = true, pipes = false, family } = options;
  const filter = options.textFilter ?? (FAST_PATHS.byDefault ? OURS : OURS.unscreened);
  const pieces = buildPieces(content, { linkText: options.linkText ?? false, pipes, family });
  if (options.breaks === "entity") {
    for (const piece of pieces) if (piece.kind === "break") piece.entity = true;
  }
  if (pieces.length > 1) chooseDelimiters(pieces);
  const heading = options.heading ?? false;
  escapePieces(pieces, filter, {
    lineStart,
    blockStart: options.blockStart ?? lineStart,
    heading,
    isolated: !pipes,
  });
  fixFlanking(pieces, filter);
  const out = writePieces(pieces, filter);
  return pipes ? escapePipes(out, family) : out;
}

/** Renders plain text (a label) as inline Markdown. */
export function renderText(text: string, options: InlineOptions = {}): string {
  return text === "" ? "" : renderInline([{ text }], options);
}
