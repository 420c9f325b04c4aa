import type { Mark, Span } from "@broadsheet/article";
import type { Token, Tokens } from "marked";
import { normalizeInline } from "../normalize-inline.js";
import { unprotectLiquid } from "../templates/liquid-raw.js";
import { decodeText } from "./decode-text.js";
import { readLinkTarget } from "./link-target.js";
import type { ReadContext } from "./read-context.js";
import { countLines, tailStart } from "./source-text.js";

/** Text with its marks and link: `raw` source still to decode, or literal `text` (code, breaks). */
interface Piece {
  raw?: string;
  text?: string;
  marks: Mark[];
  href?: string;
  line: number;
}

const TAG_MARK = { em: "em", strong: "strong", del: "strike", s: "strike", sub: "sub", sup: "sup" };
/** The marks of emphasis tokens and of the HTML tags read as marks. */
export const MARKS = new Map(Object.entries(TAG_MARK)) as ReadonlyMap<string, Mark>;
const TAG = /^<(\/?)([a-z]+)>$/i;
/** An empty comment: what the writer puts between characters a platform would read together. */
const NODE_BREAK = "<!---->";

function inlineError(token: Token): string {
  if (token.type === "limit") return String(token.message);
  if (token.type === "checkbox") return "task list checkboxes are not supported; remove the [ ]";
  if (token.type !== "image") return `unsupported Markdown (${token.type}); remove it`;
  return "an image must stand alone in its paragraph (its caption goes on the next line)";
}

/** Whether Markdown source holds an unescaped footnote reference or definition like `[^1]`. */
export function hasFootnote(raw: string): boolean {
  let close = -1;
  for (let index = 0; index < raw.length; index++) {
    if (raw[index] === "\\") {
      index++;
    } else if (raw[index] === "[" && raw[index + 1] === "^") {
      if (close < index) close = raw.indexOf("]", index);
      if (close === -1) return false;
      if (close > index + 2) return true;
    }
  }
  return false;
}

/** Each line break with the spaces and tabs around it becomes one space (a soft line break). */
export function softBreaksAsSpaces(raw: string): string {
  const lines = raw.split("\n");
  return lines
    .map((line, index) => {
      const text = index === 0 ? line : line.replace(/^[ \t]+/, "");
      return index === lines.length - 1 ? text : text.slice(0, tailStart(text, " \t"));
    })
    .join(" ");
}

/** Whitespace at the very start and end of a block is not content (CommonMark strips it). */
function trimEdges(tokens: readonly Token[]): Token[] {
  const out = [...tokens];
  const trim = (index: number, cut: (raw: string) => string) => {
    const token = out[index];
    if (token?.type === "text" && !token.tokens?.length)
      out[index] = { ...token, raw: cut(token.raw) };
  };
  trim(0, (raw) => raw.replace(/^[ \t\n]+/, ""));
  trim(out.length - 1, (raw) => raw.slice(0, tailStart(raw, " \t\n")));
  return out;
}

/**
 * Reads inline tokens into flat spans: nested emphasis, strong, strikethrough, <sub>, <sup> and
 * links become combined marks; escapes and character references are resolved; soft line breaks
 * become spaces and hard ones `\n`. Anything the model cannot hold is reported at its line.
 * `linkText` is for the text of a link or image (alt text), where no footnote is looked for.
 */
export function readInline(
  tokens: readonly Token[],
  line: number,
  context: ReadContext,
  options: { linkText?: boolean } = {},
): Span[] {
  const pieces: Piece[] = [];
  let at = line;
  const add = (marks: readonly Mark[], href: string | undefined, piece: Partial<Piece>) => {
    const last = pieces.at(-1);
    const sameLink = last?.href === href && last?.marks.join() === marks.join();
    if (sameLink && last?.raw !== undefined && piece.raw !== undefined) last.raw += piece.raw;
    else pieces.push({ ...piece, marks: [...marks], href, line: at });
  };

  const walk = (tokens: readonly Token[], marks: readonly Mark[], href?: string): void => {
    const tags: { name: string; mark: Mark }[] = [];
    const current = () => [...marks, ...tags.map((tag) => tag.mark)];
    for (const token of tokens) {
      const start = at;
      switch (token.type) {
        case "text":
          if (token.tokens?.length) walk(token.tokens, current(), href);
          else add(current(), href, { raw: token.raw });
          break;
        case "escape":
          add(current(), href, { raw: token.raw });
          break;
        case "em":
        case "strong":
        case "del":
          walk(token.tokens ?? [], [...current(), MARKS.get(token.type) as Mark], href);
          break;
        case "codespan":
          add([...current(), "code"], href, { text: token.text });
          break;
        case "br":
          add(current(), href, { text: "\n" });
          break;
        case "link": {
          const link = token as Tokens.Link;
          if (link.autolink) {
            add(current(), link.href, { text: link.text });
            break;
          }
          const target = readLinkTarget(link, context);
          if (target.title !== undefined) {
            context.error(
              at,
              'link titles are not supported (only an embed has one: "embed: Provider"); remove the title',
            );
          }
          walk(link.tokens, current(), target.href);
          break;
        }
        case "html":
          if (token.raw === NODE_BREAK) break;
          if (context.html && /^<br ?\/?>$/i.test(token.raw)) add(current(), href, { text: "\n" });
          else readTag(token.raw, tags, at, context);
          break;
        default:
          context.error(at, inlineError(token));
      }
      at = start + countLines(token.raw);
    }
    for (const tag of tags) context.error(at, `<${tag.name}> is never closed; add </${tag.name}>`);
  };

  walk(trimEdges(tokens), []);
  return normalizeInline(
    pieces.map((piece) => {
      if (piece.raw === undefined) return { ...piece, text: piece.text ?? "" };
      if (!options.linkText && piece.href === undefined && hasFootnote(piece.raw)) {
        context.error(piece.line, "footnotes are not supported; write the note into the text");
      }
      const text = decodeText(softBreaksAsSpaces(piece.raw));
      const code = context.family === "redcarpet" && piece.marks.includes("code");
      return { ...piece, text: code ? unprotectLiquid(text) : text };
    }),
  );
}

/**
 * Opens or closes the mark of an HTML tag in a run of text (`tags`, the ones open in it), or
 * reports a tag the model has no mark for. `<code>` is a mark in a file written for kramdown or
 * Redcarpet, where code no backtick span shows right is written as HTML.
 */
function readTag(
  raw: string,
  tags: { name: string; mark: Mark }[],
  line: number,
  context: ReadContext,
): void {
  const tag = TAG.exec(raw.trim());
  const name = (tag?.[2] ?? "").toLowerCase();
  const codeTag =
    name === "code" && (context.family === "kramdown" || context.family === "redcarpet");
  const mark = codeTag ? "code" : MARKS.get(name);
  if (!tag || !mark) {
    context.error(
      line,
      raw.startsWith("<!--")
        ? "HTML comments are not supported: the article cannot keep them; delete the comment"
        : `raw HTML ${JSON.stringify(raw.slice(0, 40))} is not supported; only <sub>, <sup>, <em>, <strong> and <del> are`,
    );
  } else if (!tag[1]) {
    tags.push({ name, mark });
  } else if (tags.at(-1)?.name === name) {
    tags.pop();
  } else {
    context.error(line, `</${name}> closes nothing; remove it or add <${name}> before it`);
  }
}

/**
 * The text of spans that must be plain (alt text, captions, attributions); formatting or links
 * in them are reported, since the model would have to drop them.
 */
export function plainText(
  spans: readonly Span[],
  line: number,
  context: ReadContext,
  what: string,
): string {
  if (spans.some((span) => span.marks !== undefined || span.href !== undefined)) {
    context.error(line, `${what} is plain text; remove the formatting and links from it`);
  }
  return spans.map((span) => span.text).join("");
}
