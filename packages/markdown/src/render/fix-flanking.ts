import { type Cell, cellOut } from "./cell.js";
import { type CharClass, commonmarkClass, commonmarkJsClass, markedClass } from "./char-class.js";
import { ALL_PARSERS, charFacts, classOfFacts } from "./char-facts.js";

type Delim = Extract<Cell, { kind: "delim" }>;

type Classify = (char: string, delimiter: string, beforeOpener: boolean) => CharClass;

const PARSERS: readonly Classify[] = [
  (char) => commonmarkClass(char),
  (char) => commonmarkJsClass(char),
  markedClass,
];

interface Run {
  start: number;
  end: number;
  char: string;
  role: "open" | "close" | "both";
  /** Inside another pair written with the same character, where a run must not be ambiguous. */
  nested: boolean;
}

function classOf(
  cell: Cell | undefined,
  side: "before" | "after",
  run: Run,
  classify: Classify,
): CharClass {
  if (cell === undefined) return "space";
  if (cell.kind === "text" && (cell.escape || cell.encode)) return "punct";
  const out = cellOut(cell);
  const char = side === "before" ? Array.from(out).at(-1) : Array.from(out)[0];
  return char === undefined
    ? "space"
    : classify(char, run.char, side === "before" && run.role !== "close");
}

function leftFlanking(before: CharClass, after: CharClass): boolean {
  return after !== "space" && (after !== "punct" || before !== "other");
}

function rightFlanking(before: CharClass, after: CharClass): boolean {
  return before !== "space" && (before !== "punct" || after !== "other");
}

function canOpen(char: string, before: CharClass, after: CharClass): boolean {
  const left = leftFlanking(before, after);
  return char === "_" ? left && (!rightFlanking(before, after) || before === "punct") : left;
}

function canClose(char: string, before: CharClass, after: CharClass): boolean {
  const right = rightFlanking(before, after);
  return char === "_" ? right && (!leftFlanking(before, after) || after === "punct") : right;
}

function runsOf(cells: readonly Cell[]): Run[] {
  const runs: Run[] = [];
  const open: Delim[] = [];
  cells.forEach((cell, index) => {
    if (cell.kind !== "delim") return;
    if (cell.role === "close")
      open.splice(
        open.findIndex((other) => other.id === cell.id),
        1,
      );
    if (cell.html) {
      if (cell.role === "open") open.push(cell);
      return;
    }
    const nested = open.some((outer) => !outer.html && outer.char === cell.char);
    const last = runs.at(-1);
    if (last && last.end === index - 1 && last.char === cell.char) {
      last.end = index;
      if (last.role !== cell.role) last.role = "both";
      last.nested ||= nested;
    } else {
      runs.push({ start: index, end: index, char: cell.char, role: cell.role, nested });
    }
    if (cell.role === "open") open.push(cell);
  });
  return runs;
}

function satisfied(cells: readonly Cell[], run: Run): boolean {
  return PARSERS.every((classify) => {
    const before = classOf(cells[run.start - 1], "before", run, classify);
    const after = classOf(cells[run.end + 1], "after", run, classify);
    const opens = canOpen(run.char, before, after);
    const closes = canClose(run.char, before, after);
    if (run.role === "open") return opens && !(run.nested && closes);
    if (run.role === "close") return closes && !(run.nested && opens);
    return opens && closes;
  });
}

/**
 * Whether a lone delimiter run of `char` (`*`, `**`, `~~` …) opens or closes as it should for
 * every parser, between two characters written as themselves (undefined: the edge of the
 * content). That is the case fixFlanking leaves as it is.
 */
export function delimiterStands(
  char: string,
  role: "open" | "close",
  before: string | undefined,
  after: string | undefined,
): boolean {
  const opener = role === "open";
  const beforeFacts = before === undefined ? undefined : charFacts(before);
  const afterFacts = after === undefined ? undefined : charFacts(after);
  for (const parser of ALL_PARSERS) {
    const left = beforeFacts ? classOfFacts(beforeFacts, parser, char, opener) : "space";
    const right = afterFacts ? classOfFacts(afterFacts, parser, char, false) : "space";
    if (!(opener ? canOpen(char, left, right) : canClose(char, left, right))) return false;
  }
  return true;
}

type Change = () => () => void;

/** Turns a neighbour into punctuation: a character reference, or `&#10;` for a line break. */
function encoder(cell: Cell | undefined, side: "before" | "after"): Change | undefined {
  if (cell?.kind === "text" && !cell.escape && !cell.encode) {
    return () => {
      cell.encode = true;
      return () => {
        cell.encode = false;
      };
    };
  }
  if (cell?.kind === "break" && side === "before" && !cell.entity) {
    return () => {
      cell.entity = true;
      return () => {
        cell.entity = false;
      };
    };
  }
  return undefined;
}

/** Each pair's two delimiter cells, by id. */
function pairsOf(cells: readonly Cell[]): Map<number, Delim[]> {
  const pairs = new Map<number, Delim[]>();
  for (const cell of cells) {
    if (cell.kind !== "delim") continue;
    const pair = pairs.get(cell.id);
    if (pair) pair.push(cell);
    else pairs.set(cell.id, [cell]);
  }
  return pairs;
}

function asHtml(cells: Cell[], run: Run, pairs: ReadonlyMap<number, readonly Delim[]>): void {
  for (let index = run.start; index <= run.end; index++) {
    const cell = cells[index];
    if (cell?.kind !== "delim") continue;
    for (const each of pairs.get(cell.id) ?? []) each.html = true;
  }
}

function fixRun(cells: Cell[], run: Run, pairs: ReadonlyMap<number, readonly Delim[]>): boolean {
  if (satisfied(cells, run)) return false;
  const before = encoder(cells[run.start - 1], "before");
  const after = encoder(cells[run.end + 1], "after");
  const options = [[before], [after], [before, after]].filter((option): option is Change[] =>
    option.every((change) => change !== undefined),
  );
  for (const option of options) {
    const undo = option.map((change) => change());
    if (satisfied(cells, run)) return true;
    for (const revert of undo) revert();
  }
  asHtml(cells, run, pairs);
  return true;
}

/**
 * Makes every delimiter run open or close where it should, for the CommonMark spec, for
 * commonmark.js and for marked: a
 * neighbouring space or letter that stops a run from flanking is written as a character
 * reference (which counts as punctuation), a line break before a closer as `&#10;`; where that
 * cannot help, the mark is written as an HTML tag (`<em>`, `<strong>`, `<del>`).
 */
export function fixFlanking(cells: Cell[]): void {
  const pairs = pairsOf(cells);
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    for (const run of runsOf(cells)) changed = fixRun(cells, run, pairs) || changed;
    if (!changed) return;
  }
}
