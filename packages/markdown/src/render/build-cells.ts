import type { Inline, Mark, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import type { ParserFamily } from "../parser-family.js";
import type { Cell, DelimitedMark } from "./cell.js";
import { codeSpan } from "./code-span.js";
import { renderDestination } from "./render-destination.js";

type Wrap = { kind: DelimitedMark | "sub" | "sup" } | { kind: "link"; href: string };

interface Open {
  key: string;
  wrap: Wrap;
  id: number;
}

const OUTER_FIRST = ["link", "sub", "sup", "strong", "em", "strike"];

function keyOf(wrap: Wrap): string {
  return wrap.kind === "link" ? `link ${wrap.href}` : wrap.kind;
}

function wrapsOf(span: Span): Map<string, Wrap> {
  const wraps: Wrap[] = [];
  if (span.href !== undefined) wraps.push({ kind: "link", href: span.href });
  for (const mark of span.marks ?? []) {
    if (mark !== "code") wraps.push({ kind: mark });
  }
  return new Map(wraps.map((wrap) => [keyOf(wrap), wrap]));
}

const LINE_BREAKS = /([\n\u2028\u2029])/;

/**
 * Code spans cannot hold line breaks (nor, for marked, the Unicode line separators): those are
 * written outside the code.
 */
function splitCodeBreaks(spans: readonly Span[]): Span[] {
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

function openCell(open: Open): Cell {
  const { wrap } = open;
  if (wrap.kind === "link") return { kind: "syntax", out: "[" };
  if (wrap.kind === "sub" || wrap.kind === "sup") return { kind: "syntax", out: `<${wrap.kind}>` };
  const char = wrap.kind === "strike" ? "~" : "*";
  return { kind: "delim", role: "open", mark: wrap.kind, id: open.id, char, html: false };
}

function closeCell(open: Open, family: ParserFamily | undefined): Cell {
  const { wrap } = open;
  if (wrap.kind === "link") {
    return { kind: "syntax", out: `](${renderDestination(wrap.href, family)})` };
  }
  if (wrap.kind === "sub" || wrap.kind === "sup") return { kind: "syntax", out: `</${wrap.kind}>` };
  const char = wrap.kind === "strike" ? "~" : "*";
  return { kind: "delim", role: "close", mark: wrap.kind, id: open.id, char, html: false };
}

/** Where the cells are written (see InlineOptions). */
export interface CellsPlace {
  linkText: boolean;
  pipes?: boolean;
  family?: ParserFamily;
}

/**
 * Turns inline content into cells: marks and links become properly nested delimiters (the mark
 * that lasts longest outermost), code becomes code spans and links' destinations are written,
 * both in the family's form, `\n` a line break, text one cell per character, nothing escaped yet.
 */
export function buildCells(content: Inline, options: CellsPlace): Cell[] {
  const { family } = options;
  const spans = splitCodeBreaks(normalizeInline(content));
  const cells: Cell[] = [];
  const stack: Open[] = [];
  let nextId = 0;
  const runLength = (key: string, from: number) => {
    let end = from;
    while (end < spans.length && wrapsOf(spans[end] as Span).has(key)) end++;
    return end - from;
  };
  spans.forEach((span, index) => {
    const wraps = wrapsOf(span);
    let keep = 0;
    while (keep < stack.length && wraps.has((stack[keep] as Open).key)) keep++;
    for (const open of stack.splice(keep).reverse()) cells.push(closeCell(open, family));
    const opening = [...wraps]
      .filter(([key]) => !stack.some((open) => open.key === key))
      .sort(
        ([a, wa], [b, wb]) =>
          runLength(b, index) - runLength(a, index) ||
          OUTER_FIRST.indexOf(wa.kind) - OUTER_FIRST.indexOf(wb.kind),
      );
    for (const [key, wrap] of opening) {
      const open = { key, wrap, id: nextId++ };
      stack.push(open);
      cells.push(openCell(open));
    }
    if (span.marks?.includes("code")) {
      cells.push({ kind: "code", out: codeSpan(span.text, { family, pipes: options.pipes }) });
      return;
    }
    const inLink = options.linkText || stack.some((open) => open.wrap.kind === "link");
    for (const char of span.text) {
      cells.push(
        char === "\n"
          ? { kind: "break", entity: false }
          : { kind: "text", char, inLink, escape: false, encode: false },
      );
    }
  });
  for (const open of stack.reverse()) cells.push(closeCell(open, family));
  return cells;
}
