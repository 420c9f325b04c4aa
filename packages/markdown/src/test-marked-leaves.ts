import { marked, type Token, type Tokens } from "marked";
import type { ParsedBody } from "./test-commonmark-leaves.js";
import { decodeReferences, type Leaf, SOFT, SpanBuilder } from "./test-leaf.js";

function walkInline(token: Token, into: SpanBuilder): void {
  switch (token.type) {
    case "text":
      if (token.tokens && token.tokens.length > 0) walkAll(token.tokens, into);
      else into.push(decodeReferences(token.raw.replaceAll("\n", SOFT)));
      return;
    case "escape":
      into.push(token.text);
      return;
    case "codespan":
      into.push(token.text, ["code"]);
      return;
    case "br":
      into.push("\n");
      return;
    case "em":
    case "strong":
    case "del":
      into.within(token.type === "del" ? "strike" : token.type, () =>
        walkAll(token.tokens ?? [], into),
      );
      return;
    case "link": {
      const link = token as Tokens.Link;
      const title = link.title ? decodeReferences(link.title) : undefined;
      into.link(decodeReferences(link.href), title, () => walkAll(link.tokens, into));
      return;
    }
    case "html":
      into.tag(token.raw);
      return;
    default:
      into.foreign(`${token.type} ${token.raw}`);
  }
}

function walkAll(tokens: readonly Token[], into: SpanBuilder): void {
  for (const token of tokens) walkInline(token, into);
}

function inlineLeaf(tokens: readonly Token[]): Leaf {
  const text = new SpanBuilder();
  walkAll(tokens, text);
  return text.leaf();
}

function paragraphLeaves(tokens: readonly Token[]): Leaf[] {
  const [first, ...rest] = tokens;
  if (first?.type !== "image") return [inlineLeaf(tokens)];
  const image = first as Tokens.Image;
  const alt = new SpanBuilder();
  walkAll(image.tokens ?? [], alt);
  const leaves = [
    alt.leaf({
      src: decodeReferences(image.href),
      ...(image.title ? { titles: [decodeReferences(image.title)] } : {}),
    }),
  ];
  if (rest.length === 0) return leaves;
  const caption = inlineLeaf(rest);
  const head = caption.spans[0];
  if (head?.text.startsWith(SOFT)) {
    head.text = head.text.slice(SOFT.length);
    if (head.text === "") caption.spans.shift();
  }
  leaves.push(caption);
  return leaves;
}

function walkBlock(token: Token, out: ParsedBody): void {
  switch (token.type) {
    case "space":
      return;
    case "paragraph":
      out.shape.push("paragraph");
      out.leaves.push(...paragraphLeaves(token.tokens ?? []));
      return;
    case "heading":
      out.shape.push(`heading ${token.depth}`);
      out.leaves.push(inlineLeaf(token.tokens ?? []));
      return;
    case "list": {
      const list = token as Tokens.List;
      out.shape.push(
        `list ${list.ordered ? `ordered ${list.start}` : "bullet"} ${list.loose ? "loose" : "tight"}`,
      );
      for (const item of list.items) {
        out.shape.push(item.task ? "task item" : "item");
        const blocks = item.tokens.filter((child) => child.type !== "space");
        const [only, ...more] = blocks;
        if ((only?.type === "text" || only?.type === "paragraph") && more.length === 0) {
          out.leaves.push(...paragraphLeaves(only.tokens ?? []));
        } else {
          for (const child of blocks) walkBlock(child, out);
        }
      }
      return;
    }
    case "blockquote":
      out.shape.push("quote");
      for (const child of token.tokens ?? []) walkBlock(child, out);
      out.shape.push("/quote");
      return;
    case "hr":
      out.shape.push("divider");
      return;
    case "table": {
      const table = token as Tokens.Table;
      const align = table.align.map((value) => value ?? "none").join(",");
      out.shape.push(`table ${table.header.length}x${table.rows.length} ${align}`);
      for (const cell of [...table.header, ...table.rows.flat()]) {
        out.leaves.push(inlineLeaf(cell.tokens));
      }
      return;
    }
    default:
      out.shape.push(`${token.type} ${JSON.stringify(token.raw)}`);
  }
}

/** Lexes a Markdown body with marked (GFM on, its defaults). */
export function markedLeaves(body: string): ParsedBody {
  const out: ParsedBody = { shape: [], leaves: [] };
  for (const token of marked.lexer(body, { gfm: true })) walkBlock(token, out);
  return out;
}
