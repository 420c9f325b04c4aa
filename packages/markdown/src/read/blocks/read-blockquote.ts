import type { AsideBlock, Blockquote } from "@broadsheet/article";
import type { Token, Tokens } from "marked";
import type { ReadContext } from "../read-context.js";
import { plainText, readInline } from "../read-inline.js";
import { countLines, tailStart } from "../source-text.js";
import { isList, readListForm } from "./read-list.js";

/** A marker line: `[!PULLQUOTE]` or `[!ASIDE]`, then a space or tab before the title, if any. */
const MARKER = /^\[!(PULLQUOTE|ASIDE)\]([ \t][^\n\r\u2028\u2029]*)?(?:\n|$)/i;
const ATTRIBUTION = "— ";

/** A block of the quote and the line it starts on. */
interface Child {
  token: Token;
  line: number;
}

/** Takes a `[!PULLQUOTE]` or `[!ASIDE] Title` marker line off the first paragraph. */
function takeMarker(children: Child[], context: ReadContext) {
  const [first] = children;
  const text = first?.token.type === "paragraph" ? (first.token as Tokens.Paragraph).text : "";
  const marker = MARKER.exec(text);
  if (!first || !marker) return undefined;
  const { line } = first;
  const rest = text.slice(marker[0].length);
  if (marker[0].endsWith("\n")) {
    const tokens = context.lexInline(rest);
    children[0] = { token: { type: "paragraph", raw: rest, text: rest, tokens }, line: line + 1 };
  } else {
    children.shift();
  }
  const written = (marker[2] ?? "").replace(/^[ \t]+/, "");
  const source = written.slice(0, tailStart(written, " \t"));
  const spans = source === "" ? undefined : readInline(context.lexInline(source), line, context);
  const title = spans && plainText(spans, line, context, "a fact box title");
  return { aside: marker[1]?.toUpperCase() === "ASIDE", title, line };
}

function readAside(children: Child[], line: number, context: ReadContext, title?: string): void {
  const content: AsideBlock[] = [];
  for (const { token, line } of children) {
    const list = token.type === "paragraph" ? undefined : readListForm(token, line, context);
    if (token.type === "paragraph") {
      content.push({ type: "paragraph", content: readInline(token.tokens ?? [], line, context) });
    } else if (list === undefined) {
      context.error(line, "a fact box ([!ASIDE]) holds paragraphs and lists only");
    } else if (list !== "end") {
      content.push(list);
    }
  }
  context.add({ type: "aside", ...(title ? { title } : {}), content }, line);
}

function readQuote(children: Child[], line: number, context: ReadContext, pull: boolean): void {
  const quote: Blockquote = { type: "blockquote", style: pull ? "pull" : "block", paragraphs: [] };
  let last: { text: string; line: number } | undefined;
  for (const { token, line } of children) {
    if (token.type === "paragraph") {
      quote.paragraphs.push(readInline(token.tokens ?? [], line, context));
      last = { text: token.text, line };
    } else {
      context.error(line, "a block quote holds paragraphs only (a fact box is > [!ASIDE])");
    }
  }
  const attribution = quote.paragraphs.at(-1);
  if (last && attribution && quote.paragraphs.length > 1 && last.text.startsWith(ATTRIBUTION)) {
    quote.paragraphs.pop();
    const text = plainText(attribution, last.line, context, "an attribution");
    quote.attribution = text.slice(ATTRIBUTION.length);
  }
  context.add(quote, line);
}

/**
 * Reads a block quote: a quotation (`> [!PULLQUOTE]` first for a pull quote; a last paragraph
 * `— Name` is the attribution) or a fact box (`> [!ASIDE] Title`). In a non-canonical profile's
 * file, a quote without a marker that holds a list is a fact box too.
 */
export function readBlockquote(token: Tokens.Blockquote, line: number, context: ReadContext): void {
  const children: Child[] = [];
  let at = line;
  for (const child of token.tokens) {
    if (child.type !== "space" && child.type !== "def") children.push({ token: child, line: at });
    at += countLines(child.raw);
  }
  const marker = takeMarker(children, context);
  const listInside = children.some(
    ({ token }) => token.type !== "paragraph" && isList(token, context),
  );
  if (marker?.aside || (!marker && context.portable && listInside)) {
    readAside(children, line, context, marker?.title);
    return;
  }
  if (marker?.title !== undefined) {
    context.error(marker.line, "[!PULLQUOTE] takes no title; put the text on the next line");
  }
  readQuote(children, line, context, marker !== undefined);
}
