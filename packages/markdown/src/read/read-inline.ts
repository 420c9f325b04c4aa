import type { Mark, Span } from "@broadsheet/article";
import type { Token, Tokens } from "marked";
import { normalizeInline } from "../normalize-inline.js";
import { unprotectLiquid } from "../templates/liquid-raw.js";
import { countLines } from "./count-lines.js";
import { decodeText } from "./decode-text.js";
import { hasFootnote } from "./has-footnote.js";
import type { LimitToken, ReadContext } from "./read-context.js";
import { readLinkTarget } from "./read-link-target.js";
import { blankEnd, blankStart, softBreaksAsSpaces } from "./soft-breaks.js";

interface Piece {
  /** Source text still to be decoded (escapes, references, soft line breaks). */
  raw?: string;
  /** Literal text (code, line breaks, autolinks). */
  text?: string;
  marks: readonly Mark[];
  href?: string;
  line: number;
}

interface Walk {
  pieces: Piece[];
  line: number;
  context: ReadContext;
}

interface Scope {
  marks: readonly Mark[];
  href?: string;
  /** HTML tags opened in this run of tokens and not closed yet. */
  tags: { name: string; mark: Mark }[];
}

const TAG_MARKS = new Map<string, Mark>([
  ["sub", "sub"],
  ["sup", "sup"],
  ["em", "em"],
  ["strong", "strong"],
  ["del", "strike"],
  ["s", "strike"],
]);

const TAG = /^<(\/?)([a-z]+)>$/i;

function effectiveMarks(scope: Scope): readonly Mark[] {
  if (scope.tags.length === 0) return scope.marks;
  return [...scope.marks, ...scope.tags.map((tag) => tag.mark)];
}

function push(walk: Walk, scope: Scope, piece: { raw?: string; text?: string }): void {
  walk.pieces.push({ ...piece, marks: effectiveMarks(scope), href: scope.href, line: walk.line });
}

function nested(walk: Walk, scope: Scope, tokens: readonly Token[] | undefined, mark?: Mark): void {
  const marks = mark ? [...effectiveMarks(scope), mark] : effectiveMarks(scope);
  walkTokens(walk, tokens ?? [], { marks, href: scope.href, tags: [] });
}

/**
 * The mark of a tag: `<code>` too in a file written for kramdown or Redcarpet, where code no
 * backtick span shows right is written as HTML (see codeSpan).
 */
function tagMark(name: string, context: ReadContext): Mark | undefined {
  if (name === "code")
    return context.family === "kramdown" || context.family === "redcarpet" ? "code" : undefined;
  return TAG_MARKS.get(name);
}

/** An empty comment: what the writer puts between characters a platform would read together. */
const NODE_BREAK = "<!---->";

function readTag(walk: Walk, scope: Scope, token: Tokens.HTML | Tokens.Tag): void {
  if (token.raw === NODE_BREAK) return;
  if (walk.context.html && /^<br ?\/?>$/i.test(token.raw)) {
    push(walk, scope, { text: "\n" });
    return;
  }
  const tag = TAG.exec(token.raw.trim());
  const name = (tag?.[2] ?? "").toLowerCase();
  const mark = tagMark(name, walk.context);
  if (!tag || !mark) {
    walk.context.error(
      walk.line,
      token.raw.startsWith("<!--")
        ? "HTML comments are not supported: the article cannot keep them; delete the comment"
        : `raw HTML ${JSON.stringify(token.raw.slice(0, 40))} is not supported; only <sub>, <sup>, <em>, <strong> and <del> are`,
    );
    return;
  }
  if (!tag[1]) {
    scope.tags.push({ name, mark });
  } else if (scope.tags.at(-1)?.name === name) {
    scope.tags.pop();
  } else {
    walk.context.error(
      walk.line,
      `</${name}> closes nothing; remove it or add <${name}> before it`,
    );
  }
}

function readLink(walk: Walk, scope: Scope, token: Tokens.Link): void {
  if (token.autolink) {
    walk.pieces.push({
      text: token.text,
      marks: effectiveMarks(scope),
      href: token.href,
      line: walk.line,
    });
    return;
  }
  const target = readLinkTarget(token, walk.context);
  if (target.title !== undefined) {
    walk.context.error(
      walk.line,
      'link titles are not supported (only an embed has one: "embed: Provider"); remove the title',
    );
  }
  walkTokens(walk, token.tokens, { marks: effectiveMarks(scope), href: target.href, tags: [] });
}

function readToken(walk: Walk, scope: Scope, token: Token): void {
  switch (token.type) {
    case "text":
      if (token.tokens && token.tokens.length > 0) nested(walk, scope, token.tokens);
      else push(walk, scope, { raw: token.raw });
      return;
    case "escape":
      push(walk, scope, { raw: token.raw });
      return;
    case "em":
      nested(walk, scope, token.tokens, "em");
      return;
    case "strong":
      nested(walk, scope, token.tokens, "strong");
      return;
    case "del":
      nested(walk, scope, token.tokens, "strike");
      return;
    case "codespan":
      walk.pieces.push({
        text: token.text,
        marks: [...effectiveMarks(scope), "code"],
        href: scope.href,
        line: walk.line,
      });
      return;
    case "br":
      push(walk, scope, { text: "\n" });
      return;
    case "link":
      readLink(walk, scope, token as Tokens.Link);
      return;
    case "html":
      readTag(walk, scope, token as Tokens.HTML);
      return;
    case "image":
      walk.context.error(
        walk.line,
        "an image must stand alone in its paragraph (its caption goes on the next line)",
      );
      return;
    case "limit":
      walk.context.error(walk.line, (token as unknown as LimitToken).message);
      return;
    case "checkbox":
      walk.context.error(walk.line, "task list checkboxes are not supported; remove the [ ]");
      return;
    default:
      walk.context.error(walk.line, `unsupported Markdown (${token.type}); remove it`);
  }
}

function walkTokens(walk: Walk, tokens: readonly Token[], scope: Scope): void {
  for (const token of tokens) {
    const start = walk.line;
    readToken(walk, scope, token);
    walk.line = start + countLines(token.raw);
  }
  for (const tag of scope.tags) {
    walk.context.error(walk.line, `<${tag.name}> is never closed; add </${tag.name}>`);
  }
}

function sameTarget(a: Piece, b: Piece): boolean {
  return (
    a.href === b.href &&
    a.marks.length === b.marks.length &&
    a.marks.every((m, i) => m === b.marks[i])
  );
}

function mergeRaw(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last?.raw !== undefined && piece.raw !== undefined && sameTarget(last, piece)) {
      last.raw += piece.raw;
    } else {
      out.push({ ...piece });
    }
  }
  return out;
}

function trimmed(token: Token, trim: (raw: string) => string): Token {
  return token.type === "text" && !token.tokens?.length
    ? { ...token, raw: trim(token.raw) }
    : token;
}

/** Whitespace at the very start and end of a block is not content (CommonMark strips it). */
function trimEdges(tokens: readonly Token[]): Token[] {
  const out = [...tokens];
  const first = out[0];
  if (first) out[0] = trimmed(first, (raw) => raw.slice(blankEnd(raw, 0, raw.length)));
  const last = out.at(-1);
  if (last)
    out[out.length - 1] = trimmed(last, (raw) => raw.slice(0, blankStart(raw, 0, raw.length)));
  return out;
}

function toSpan(piece: Piece, context: ReadContext, linkText: boolean): Span {
  let text = piece.text ?? "";
  if (piece.raw !== undefined) {
    if (!linkText && piece.href === undefined && hasFootnote(piece.raw)) {
      context.error(piece.line, "footnotes are not supported; write the note into the text");
    }
    text = decodeText(softBreaksAsSpaces(piece.raw));
    if (context.family === "redcarpet" && piece.marks.includes("code"))
      text = unprotectLiquid(text);
  }
  const span: Span = { text };
  if (piece.marks.length > 0) span.marks = [...piece.marks];
  if (piece.href !== undefined) span.href = piece.href;
  return span;
}

/**
 * Reads inline tokens into flat spans: nested emphasis, strong, strikethrough, <sub>, <sup> and
 * links become combined marks; escapes and character references are resolved; soft line breaks
 * become spaces and hard ones `\n`. Anything the model cannot hold is reported at its line.
 * `linkText` is for the text of a link or image (alt text), where marked has already removed the
 * escapes of brackets.
 */
export function readInline(
  tokens: readonly Token[],
  line: number,
  context: ReadContext,
  options: { linkText?: boolean } = {},
): Span[] {
  const walk: Walk = { pieces: [], line, context };
  walkTokens(walk, trimEdges(tokens), { marks: [], tags: [] });
  const pieces = mergeRaw(walk.pieces);
  return normalizeInline(pieces.map((piece) => toSpan(piece, context, options.linkText ?? false)));
}
