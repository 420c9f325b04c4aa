import { Lexer, type Token } from "marked";

const HIDDEN = "\u{F0002}";

/** The source of link or image text: escapes and code spans hidden, scanning as CommonMark does. */
function label(raw: string): string {
  const source = raw.slice(0, raw.lastIndexOf("]("));
  let out = "";
  let at = 0;
  while (at < source.length) {
    const char = source[at] ?? "";
    if (char === "\\") {
      out += HIDDEN;
      at += 2;
      continue;
    }
    const ticks = /^`+/.exec(source.slice(at))?.[0];
    if (ticks) {
      const close = source.slice(at + ticks.length).search(new RegExp(`(?<!\`)${ticks}(?!\`)`));
      if (close !== -1) {
        out += HIDDEN;
        at += ticks.length * 2 + close;
        continue;
      }
    }
    out += char;
    at += 1;
  }
  return out;
}

function inline(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
          return "tokens" in token && token.tokens ? inline(token.tokens) : token.raw;
        case "link":
        case "image":
          return `${label(token.raw)}]${HIDDEN}`;
        case "em":
        case "strong":
        case "del":
          return `${HIDDEN}${inline(token.tokens ?? [])}${HIDDEN}`;
        default:
          return HIDDEN;
      }
    })
    .join("");
}

function blocks(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token): string[] => {
    switch (token.type) {
      case "paragraph":
      case "heading":
        return [inline(token.tokens ?? [])];
      case "blockquote":
        return blocks(token.tokens ?? []);
      case "list":
        return token.items.flatMap((item: { tokens: Token[] }) => blocks(item.tokens));
      case "text":
        return [inline(token.tokens ?? [])];
      case "table":
        return [...token.header, ...token.rows.flat()].map((cell: { tokens: Token[] }) =>
          inline(cell.tokens),
        );
      default:
        return [];
    }
  });
}

/**
 * The source text of each piece of running text (paragraph, heading, list item, table cell), as
 * marked (GFM) reads it: escapes, code, HTML and link destinations replaced by a placeholder,
 * so what is left is the Markdown a text-level scanner would see as prose.
 */
export function proseRuns(markdown: string): string[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown));
}
