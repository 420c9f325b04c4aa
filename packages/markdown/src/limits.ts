import { Lexer } from "yaml";
import type { MarkdownError } from "./markdown-result.js";
import { countLines, tailStart } from "./read/source-text.js";

/**
 * The limits `fromMarkdown` keeps a file within, so that reading it takes linear time and bounded
 * memory (marked and yaml slow down faster than their input grows on a few shapes), and the
 * checks that find a file over one: an error naming the line and what to change.
 */

/** Keys, `?` keys and flow entries in the front matter (yaml compares every key with every other). */
export const MAX_FRONT_MATTER_KEYS = 1_000;

/** Lines in the Markdown body: this bounds the tokens marked holds at once. */
export const MAX_BODY_LINES = 20_000;

/**
 * Characters in the body that can start an inline element or a table cell (`\ < [ ! * _ ~ \` | @ :`,
 * `http`, `www.`): marked makes a token of each, so this bounds memory.
 */
export const MAX_INLINE_MARKUP = 100_000;

/**
 * Block quotes and list items opened inside each other on one line (`> > - x`; two columns of
 * indentation count as a level): marked reads each level again. The model nests two at most.
 */
export const MAX_NESTING_DEPTH = 8;

/**
 * Unescaped runs of `*` `_` `~` in one paragraph, heading, list item or table cell: marked looks
 * for each one's closer through the rest of the text.
 */
export const MAX_EMPHASIS_DELIMITER_RUNS = 200;

/**
 * Characters that end marked's text scan (`* _ ~ \` !`, `http`, `www.`) in one word of letters,
 * digits and `.!#$%&'*+/=?_\`{|}~-`: at each, marked reads the rest of the word again.
 */
export const MAX_BREAKS_PER_WORD = 64;

const count = (n: number) => n.toLocaleString("en-US");

/**
 * An error at the line of the first front matter key over {@link MAX_FRONT_MATTER_KEYS}, counted
 * with yaml's lexer (linear; a quoted text is one token). `firstLine` is the YAML's first line.
 */
export function frontMatterOverLimit(yaml: string, firstLine: number): MarkdownError | undefined {
  let entries = 0;
  let line = firstLine;
  for (const token of new Lexer().lex(yaml)) {
    if ((token === ":" || token === "?" || token === ",") && ++entries > MAX_FRONT_MATTER_KEYS) {
      return {
        line,
        message: `the front matter has more than ${count(MAX_FRONT_MATTER_KEYS)} keys and entries; an article needs a few dozen, so remove the ones it does not use`,
      };
    }
    line += countLines(token);
  }
  return undefined;
}

const MARKUP = /[\\<[!*_~`|@:\n]|http|www\./gi;
const CONTAINER = /([ \t]*)(>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/y;

/**
 * How deep the block quotes and list items a line starts with nest: one level per marker, and
 * one per two columns of indentation before it, up to a thematic break (`- - -`). Linear.
 */
export function nestingDepth(line: string): number {
  const tails: Record<string, number> = {
    "-": tailStart(line, "- \t"),
    "*": tailStart(line, "* \t"),
  };
  let depth = 0;
  CONTAINER.lastIndex = 0;
  for (let match = CONTAINER.exec(line); match; match = CONTAINER.exec(line)) {
    const [, indent = "", marker = ""] = match;
    if (match.index + indent.length >= (tails[marker] ?? line.length)) break;
    depth += 1 + Math.floor(indent.replaceAll("\t", "    ").length / 2);
  }
  return depth;
}

/**
 * An error when the body is over a limit marked cannot be trusted with: more than
 * {@link MAX_BODY_LINES} lines, more than {@link MAX_INLINE_MARKUP} characters of inline markup,
 * or a line nesting deeper than {@link MAX_NESTING_DEPTH}. `firstLine` is the body's file line.
 */
export function bodyOverLimit(source: string, firstLine: number): MarkdownError | undefined {
  const lines = countLines(source) + 1;
  if (lines > MAX_BODY_LINES) {
    return {
      line: firstLine + MAX_BODY_LINES,
      message: `the body has ${count(lines)} lines, over the ${count(MAX_BODY_LINES)} an article may have; split it into several articles`,
    };
  }
  let markup = 0;
  let line = firstLine;
  for (const [found] of source.matchAll(MARKUP)) {
    if (found === "\n") line++;
    else if (++markup > MAX_INLINE_MARKUP) {
      return {
        line,
        message: `the body has more than ${count(MAX_INLINE_MARKUP)} links, code spans, emphasis marks, table cells and other inline markup (counting \\ < [ ! * _ ~ \` | @ : http www.) by this line, far more than an article holds; split it into several articles`,
      };
    }
  }
  for (const [index, text] of source.split("\n").entries()) {
    const depth = nestingDepth(text);
    if (depth > MAX_NESTING_DEPTH) {
      return {
        line: firstLine + index,
        message: `block quotes and lists are nested ${depth} deep here (> and list markers, or indentation), over the ${MAX_NESTING_DEPTH} levels Broadsheet reads; an article nests two at most, so remove the extra markers`,
      };
    }
  }
  return undefined;
}

const ESCAPE_OR_RUN = /\\[\s\S]?|([*_~])\1*/g;
const ESCAPE_OR_WORD = /\\[\s\S]?|[\w.!#$%&'*+/=?`{|}~-]+/g;
const WORD_BREAK = /[*_~`!]|http|www\./gi;

/**
 * Why marked must not read this inline source (a paragraph, heading, list item or table cell),
 * or undefined: more than {@link MAX_EMPHASIS_DELIMITER_RUNS} runs of `*` `_` `~`, or a word with
 * more than {@link MAX_BREAKS_PER_WORD} places where marked's text scan stops. Linear.
 */
export function inlineOverLimit(source: string): string | undefined {
  for (const [word = ""] of source.matchAll(ESCAPE_OR_WORD)) {
    if (word[0] !== "\\" && (word.match(WORD_BREAK)?.length ?? 0) > MAX_BREAKS_PER_WORD) {
      return `the text holds a word with more than ${MAX_BREAKS_PER_WORD} of * _ ~ \` ! "http" "www." and no space, which the Markdown reader slows down on; put spaces in it, or escape the punctuation with a backslash (\\*)`;
    }
  }
  let runs = 0;
  for (const [, run] of source.matchAll(ESCAPE_OR_RUN)) if (run) runs++;
  if (runs > MAX_EMPHASIS_DELIMITER_RUNS) {
    return `the text has ${count(runs)} runs of * _ ~ (at most ${MAX_EMPHASIS_DELIMITER_RUNS} in one paragraph, heading, list item or table cell), which the Markdown reader slows down on; split it, or escape the ones that are not emphasis with a backslash (\\*)`;
  }
  return undefined;
}
