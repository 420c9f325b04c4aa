import { bodyOverLimit } from "../limits.js";
import type { MarkdownError } from "../markdown-result.js";
import type { ParserFamily } from "../parser-family.js";
import type { BodyState, PlacedBlock } from "./body-state.js";
import { countLines } from "./count-lines.js";
import { readBlock } from "./read-block.js";
import { ReadContext } from "./read-context.js";
import { attributeListsAsListEnds } from "./read-list-forms.js";

/** The blocks of a Markdown body, each with its line, and what could not be read. */
export interface BodyResult {
  blocks: PlacedBlock[];
  headline?: { text: string; line: number };
  errors: MarkdownError[];
}

/** How a body is read, for files written in a non-canonical profile. */
export interface BodyOptions {
  /** A block quote holding a list is a fact box without a title (no `[!ASIDE]` marker). */
  portable?: boolean;
  /** Every newline inside a paragraph is a hard break. */
  breaks?: boolean;
  /** The parser the file was written for (see ReadContext). */
  family?: ParserFamily;
  /** Whether the target shows inline HTML (see ReadContext). */
  html?: boolean;
}

/** Reads the Markdown body (after the front matter) into model blocks. */
export function readBody(source: string, firstLine: number, options: BodyOptions = {}): BodyResult {
  const limit = bodyOverLimit(source, firstLine);
  if (limit) return { blocks: [], errors: [limit] };
  const context = new ReadContext({
    breaks: options.breaks ?? false,
    family: options.family,
    html: options.html,
  });
  const state: BodyState = { context, blocks: [], portable: options.portable ?? false };
  let line = firstLine;
  const lexed = context.family === "kramdown" ? attributeListsAsListEnds(source) : source;
  for (const token of context.lex(lexed, firstLine)) {
    readBlock(token, line, state);
    if (token.type !== "space") state.previous = token;
    line += countLines(token.raw);
  }
  for (const [label, definition] of context.definitions) {
    if (!definition.used) {
      context.error(definition.line, `the definition [${label}] is never used; remove it`);
    }
  }
  const errors = context.errors.sort((a, b) => a.line - b.line);
  return { blocks: state.blocks, ...(state.headline ? { headline: state.headline } : {}), errors };
}
