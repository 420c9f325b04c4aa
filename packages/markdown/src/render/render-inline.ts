import type { Inline } from "@broadsheet/article";
import type { ParserFamily } from "../parser-family.js";
import { buildCells } from "./build-cells.js";
import { cellOut } from "./cell.js";
import { chooseDelimiters } from "./choose-delimiters.js";
import { escapeBackslashes } from "./escape-backslashes.js";
import { escapeClosingHashes } from "./escape-closing-hashes.js";
import { escapeLineStarts } from "./escape-line-starts.js";
import { escapePipes } from "./escape-pipes.js";
import { escapeText } from "./escape-text.js";
import { fixFlanking } from "./fix-flanking.js";
import { quietInline } from "./quiet-inline.js";
import { settleBreaks } from "./settle-breaks.js";
import type { TextFilter } from "./text-filter.js";

/** Where inline content is written, which decides what must be escaped. */
export interface InlineOptions {
  /** The first line starts a block's line, so `# `, `- `, `> `, `1. ` … could act (default true). */
  lineStart?: boolean;
  /** A `[` first could start a reference definition or a task box (default: as lineStart). */
  blockStart?: boolean;
  /** `hard`: a line break is a backslash at the end of the line; `entity`: `&#10;` (one-line blocks). */
  breaks?: "hard" | "entity";
  /** Inside a table cell: every pipe is escaped, in code and link destinations too. */
  pipes?: boolean;
  /** Inside an ATX heading: a trailing `#` run is escaped. */
  heading?: boolean;
  /** Inside link or image text: every bracket is escaped. */
  linkText?: boolean;
  /** A profile's extra pass over the finished cells (see TextFilter). */
  textFilter?: TextFilter;
  /** The parser the target reads with: code spans and link destinations in its form. */
  family?: ParserFamily;
}

/**
 * Renders inline content as CommonMark + GFM that reads back to the same spans: marks and links
 * as nested delimiters, and escapes only where a character would otherwise act.
 */
export function renderInline(content: Inline, options: InlineOptions = {}): string {
  return quietInline(content, options) ?? renderInlineEscaped(content, options);
}

/**
 * The full renderer behind renderInline, without its fast path for quiet prose (quietInline): every character
 * is weighed for escaping.
 */
export function renderInlineEscaped(content: Inline, options: InlineOptions = {}): string {
  const lineStart = options.lineStart ?? true;
  const pipes = options.pipes ?? false;
  const cells = buildCells(content, {
    linkText: options.linkText ?? false,
    pipes,
    family: options.family,
  });
  if (options.breaks === "entity") {
    for (const cell of cells) if (cell.kind === "break") cell.entity = true;
  }
  chooseDelimiters(cells);
  escapeText(cells, { blockStart: options.blockStart ?? lineStart, isolated: !pipes });
  escapeLineStarts(cells, { lineStart });
  if (options.heading) escapeClosingHashes(cells);
  fixFlanking(cells);
  settleBreaks(cells);
  escapeBackslashes(cells);
  const written = options.textFilter ? options.textFilter(cells, options) : cells;
  const out = written.map(cellOut).join("");
  return pipes ? escapePipes(out, options.family) : out;
}

/** Renders plain text (a label) as inline Markdown. */
export function renderText(text: string, options: InlineOptions = {}): string {
  return text === "" ? "" : renderInline([{ text }], options);
}
