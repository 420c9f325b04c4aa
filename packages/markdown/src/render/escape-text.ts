import type { Cell } from "./cell.js";
import { commonmarkClass, isAmbiguousSpace, isPlainSpace } from "./char-class.js";
import { delimiterCounts } from "./delimiter-counts.js";
import { startsHtmlOrAutolink } from "./starts-html-or-autolink.js";

type TextCell = Extract<Cell, { kind: "text" }>;

/** U+2028 and U+2029 end a line for JavaScript regular expressions (so for marked): always encoded. */
const LINE_SEPARATORS = /^[\u2028\u2029]$/;

const ENTITY_TAIL = /^(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/;

function textAt(cells: readonly Cell[], index: number): TextCell | undefined {
  const cell = cells[index];
  return cell?.kind === "text" ? cell : undefined;
}

function charAt(cells: readonly Cell[], index: number): string | undefined {
  return textAt(cells, index)?.char;
}

/** A space that stays a space in the output: text on both sides, so it is never encoded. */
function quietSpace(cells: readonly Cell[], index: number): boolean {
  const char = charAt(cells, index);
  return (
    char !== undefined &&
    isPlainSpace(char) &&
    !!textAt(cells, index - 1) &&
    !!textAt(cells, index + 1)
  );
}

function textAhead(cells: readonly Cell[], from: number, length: number): string {
  let out = "";
  for (let index = from; index < from + length; index++) {
    const char = charAt(cells, index);
    if (char === undefined) break;
    out += char;
  }
  return out;
}

function textBehind(cells: readonly Cell[], to: number, length: number): string {
  let out = "";
  for (let index = to - 1; index >= 0 && index >= to - length; index--) {
    const char = charAt(cells, index);
    if (char === undefined) break;
    out = char + out;
  }
  return out;
}

/**
 * A character that is written as itself: not encoded, not whitespace the parsers disagree on,
 * and touching no delimiter (so never encoded later to fix flanking).
 */
function settled(cells: readonly Cell[], index: number): string | undefined {
  const cell = textAt(cells, index);
  const touchesDelimiter = cells[index - 1]?.kind === "delim" || cells[index + 1]?.kind === "delim";
  if (!cell || cell.encode || touchesDelimiter || isAmbiguousSpace(cell.char)) return undefined;
  return cell.char;
}

function underscoreActs(cells: readonly Cell[], index: number): boolean {
  const before = settled(cells, index - 1);
  const after = settled(cells, index + 1);
  const intraword =
    before !== undefined &&
    after !== undefined &&
    before.length === 1 &&
    commonmarkClass(before) === "other" &&
    commonmarkClass(after) === "other";
  return !intraword && !(quietSpace(cells, index - 1) && quietSpace(cells, index + 1));
}

function needsEscape(
  cells: readonly Cell[],
  index: number,
  cell: TextCell,
  options: EscapeOptions,
  counts: ReadonlyMap<string, number>,
): boolean {
  const next = cells[index + 1];
  const after = charAt(cells, index + 1);
  // A delimiter character with no other of its kind in a paragraph of its own has nothing to pair with.
  if (options.isolated && counts.get(cell.char) === 1) return false;
  switch (cell.char) {
    case "*":
    case "~":
      return !(quietSpace(cells, index - 1) && quietSpace(cells, index + 1));
    case "_":
      return underscoreActs(cells, index);
    case "`":
      return true;
    case "[":
      return cell.inLink || after === "^" || (options.blockStart && index === 0);
    case "]":
      return cell.inLink || after === "(";
    case "<":
      return startsHtmlOrAutolink(cells, index);
    case "&":
      return ENTITY_TAIL.test(textAhead(cells, index + 1, 33));
    case "!":
      return after === "[" || (next?.kind === "syntax" && next.out.startsWith("["));
    case ":":
      return (
        !cell.inLink &&
        /(?:https?|ftp)$/i.test(textBehind(cells, index, 5)) &&
        textAhead(cells, index + 1, 2) === "//"
      );
    case ".":
      return !cell.inLink && textBehind(cells, index, 3) === "www";
    case "@": {
      const before = charAt(cells, index - 1);
      return (
        !cell.inLink &&
        before !== undefined &&
        after !== undefined &&
        /[\w.+-]/.test(before) &&
        /[\w-]/.test(after)
      );
    }
    default:
      return false;
  }
}

/** Where escaping depends on the block the text is in. */
export interface EscapeOptions {
  /** A `[` here could start a reference definition or a task-list box. */
  blockStart: boolean;
  /**
   * The content is all of its paragraph's text, so a `*`, `_` or `~` that occurs once cannot pair
   * with anything. Not so in a table cell: CommonMark reads the whole table as one paragraph.
   */
  isolated: boolean;
}

/**
 * A `]` right before `(` in link or alt text. marked removes the backslashes of `\[` and `\]`
 * there before it reads the text, so `[\[a\](b)](url)` holds a link `[a](b)` for it and is no
 * link at all; written `&#93;`, the bracket stays text for every parser.
 */
function closesInnerLink(cells: readonly Cell[], index: number, cell: TextCell): boolean {
  return cell.char === "]" && cell.inLink && charAt(cells, index + 1) === "(";
}

/**
 * A backtick in link text. After an escaped backtick there, marked also removes the backslashes
 * of `\[` and `\]` inside a later code span (`[\`a`\[`](url)` holds the code `[`); written
 * `&#96;`, the backtick stays text for every parser and the code span keeps its backslashes.
 */
function backtickInLink(cell: TextCell): boolean {
  return cell.char === "`" && cell.inLink;
}

/**
 * Marks the text characters that would act as Markdown syntax where they stand (emphasis
 * delimiters that can open or close, brackets that could make a link, `<` before a tag, `&`
 * before a character reference, autolink triggers, …) to be written with a backslash, and the
 * Unicode line and paragraph separators, and a `]` before `(` or a backtick in link text, to be
 * written as character references.
 */
export function escapeText(cells: Cell[], options: EscapeOptions): void {
  cells.forEach((cell, index) => {
    if (cell.kind !== "text") return;
    if (
      LINE_SEPARATORS.test(cell.char) ||
      closesInnerLink(cells, index, cell) ||
      backtickInLink(cell)
    ) {
      cell.encode = true;
    }
  });
  const counts = delimiterCounts(cells);
  cells.forEach((cell, index) => {
    if (cell.kind === "text" && !cell.encode)
      cell.escape = needsEscape(cells, index, cell, options, counts);
  });
}
