import type { AsideBlock, Blockquote, Inline } from "@broadsheet/article";
import type { Token, Tokens } from "marked";
import type { BodyState } from "../body-state.js";
import { countLines } from "../count-lines.js";
import { plainText } from "../plain-text.js";
import type { ReadContext } from "../read-context.js";
import { readInline } from "../read-inline.js";
import { isList, readListForm } from "../read-list-forms.js";
import { blankEnd, blankStart } from "../soft-breaks.js";

const MARKER = /^\[!(PULLQUOTE|ASIDE)\]/i;
const LINE_SEPARATOR = /[\r\u2028\u2029]/;
const ATTRIBUTION = "— ";

/** A child of a block quote: a paragraph's source and tokens, or another block token. */
type Child =
  | { kind: "paragraph"; text: string; tokens: Token[]; line: number }
  | { kind: "other"; token: Token; line: number };

function children(token: Tokens.Blockquote, line: number): Child[] {
  const out: Child[] = [];
  let at = line;
  for (const child of token.tokens) {
    if (child.type === "paragraph") {
      out.push({ kind: "paragraph", text: child.text, tokens: child.tokens ?? [], line: at });
    } else if (child.type !== "space" && child.type !== "def") {
      out.push({ kind: "other", token: child, line: at });
    }
    at += countLines(child.raw);
  }
  return out;
}

/** Takes a `[!PULLQUOTE]` or `[!ASIDE] Title` marker off the first paragraph. */
function takeMarker(
  items: Child[],
  context: ReadContext,
): { kind: string; title?: string; line: number } | undefined {
  const first = items[0];
  if (first?.kind !== "paragraph") return undefined;
  const breakAt = first.text.indexOf("\n");
  const firstLine = breakAt === -1 ? first.text : first.text.slice(0, breakAt);
  const marker = MARKER.exec(firstLine);
  if (!marker) return undefined;
  const after = marker[0].length;
  const titleStart = blankEnd(firstLine, after, firstLine.length, false);
  if (titleStart === after && after < firstLine.length) return undefined;
  if (LINE_SEPARATOR.test(firstLine)) return undefined;
  if (breakAt === -1) {
    items.shift();
  } else {
    const rest = first.text.slice(breakAt + 1);
    items[0] = {
      kind: "paragraph",
      text: rest,
      tokens: context.lexInline(rest),
      line: first.line + 1,
    };
  }
  const kind = (marker[1] ?? "").toUpperCase();
  const titleSource = firstLine.slice(
    titleStart,
    blankStart(firstLine, titleStart, firstLine.length, false),
  );
  if (titleSource === "") return { kind, line: first.line };
  const spans = readInline(context.lexInline(titleSource), first.line, context);
  return {
    kind,
    title: plainText(spans, first.line, context, "a fact box title"),
    line: first.line,
  };
}

function readAside(
  items: readonly Child[],
  title: string | undefined,
  line: number,
  state: BodyState,
): void {
  const { context } = state;
  const content: AsideBlock[] = [];
  for (const item of items) {
    if (item.kind === "paragraph") {
      content.push({ type: "paragraph", content: readInline(item.tokens, item.line, context) });
    } else {
      const list = readListForm(item.token, item.line, context);
      if (list === undefined) {
        context.error(item.line, "a fact box ([!ASIDE]) holds paragraphs and lists only");
      } else if (list !== "end") {
        content.push(list);
      }
    }
  }
  state.blocks.push({ block: { type: "aside", ...(title ? { title } : {}), content }, line });
}

function readQuote(
  items: readonly Child[],
  style: "block" | "pull",
  line: number,
  state: BodyState,
): void {
  const { context } = state;
  const paragraphs: { text: string; content: Inline; line: number }[] = [];
  for (const item of items) {
    if (item.kind === "paragraph") {
      paragraphs.push({
        text: item.text,
        content: readInline(item.tokens, item.line, context),
        line: item.line,
      });
    } else {
      context.error(item.line, "a block quote holds paragraphs only (a fact box is > [!ASIDE])");
    }
  }
  const quote: Blockquote = {
    type: "blockquote",
    style,
    paragraphs: paragraphs.map((p) => p.content),
  };
  const last = paragraphs.at(-1);
  if (last && paragraphs.length > 1 && last.text.startsWith(ATTRIBUTION)) {
    quote.paragraphs.pop();
    quote.attribution = plainText(last.content, last.line, context, "an attribution").slice(
      ATTRIBUTION.length,
    );
  }
  state.blocks.push({ block: quote, line });
}

/**
 * Reads a block quote: a quotation (`> [!PULLQUOTE]` first for a pull quote; a last paragraph
 * `— Name` is the attribution) or a fact box (`> [!ASIDE] Title`). In a non-canonical profile's
 * file, a quote without a marker that holds a list is a fact box too.
 */
export function readBlockquote(token: Tokens.Blockquote, line: number, state: BodyState): void {
  const items = children(token, line);
  const marker = takeMarker(items, state.context);
  if (marker?.kind === "ASIDE") {
    readAside(items, marker.title, line, state);
    return;
  }
  if (
    !marker &&
    state.portable &&
    items.some((item) => item.kind === "other" && isList(item.token, state.context))
  ) {
    readAside(items, undefined, line, state);
    return;
  }
  if (marker?.title !== undefined) {
    state.context.error(marker.line, "[!PULLQUOTE] takes no title; put the text on the next line");
  }
  readQuote(items, marker ? "pull" : "block", line, state);
}
