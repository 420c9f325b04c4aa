import { type Node, Parser } from "commonmark";
import { type Leaf, SOFT, SpanBuilder } from "./test-leaf.js";

/** What a parser read: the blocks in document order (`/quote` closes a quote) and the leaves. */
export interface ParsedBody {
  shape: string[];
  leaves: Leaf[];
}

function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let child = node.firstChild; child; child = child.next) out.push(child);
  return out;
}

function walkInline(node: Node, into: SpanBuilder): void {
  switch (node.type) {
    case "text":
      into.push(node.literal ?? "");
      return;
    case "softbreak":
      into.push(SOFT);
      return;
    case "linebreak":
      into.push("\n");
      return;
    case "code":
      into.push(node.literal ?? "", ["code"]);
      return;
    case "emph":
    case "strong":
      into.within(node.type === "emph" ? "em" : "strong", () => walkAll(node, into));
      return;
    case "link":
      into.link(node.destination ?? "", node.title, () => walkAll(node, into));
      return;
    case "html_inline":
      into.tag(node.literal ?? "");
      return;
    default:
      into.foreign(`${node.type} ${node.literal ?? ""}`);
  }
}

function walkAll(node: Node, into: SpanBuilder): void {
  for (const child of childrenOf(node)) walkInline(child, into);
}

/** A paragraph's leaves: an image paragraph gives its alt (with src and title) and its caption. */
function paragraphLeaves(node: Node): Leaf[] {
  const [first, second, ...rest] = childrenOf(node);
  if (first?.type !== "image") {
    const text = new SpanBuilder();
    walkAll(node, text);
    return [text.leaf()];
  }
  const alt = new SpanBuilder();
  walkAll(first, alt);
  const leaves = [
    alt.leaf({ src: first.destination ?? "", ...(first.title ? { titles: [first.title] } : {}) }),
  ];
  if (second === undefined) return leaves;
  const caption = new SpanBuilder();
  for (const child of second.type === "softbreak" ? rest : [second, ...rest]) {
    walkInline(child, caption);
  }
  leaves.push(caption.leaf());
  return leaves;
}

function walkBlock(node: Node, out: ParsedBody): void {
  switch (node.type) {
    case "paragraph":
      out.shape.push("paragraph");
      out.leaves.push(...paragraphLeaves(node));
      return;
    case "heading": {
      out.shape.push(`heading ${node.level}`);
      const text = new SpanBuilder();
      walkAll(node, text);
      out.leaves.push(text.leaf());
      return;
    }
    case "list":
      out.shape.push(
        `list ${node.listType === "ordered" ? `ordered ${node.listStart}` : "bullet"} ${node.listTight ? "tight" : "loose"}`,
      );
      for (const item of childrenOf(node)) {
        out.shape.push("item");
        const [only, ...more] = childrenOf(item);
        if (only?.type === "paragraph" && more.length === 0)
          out.leaves.push(...paragraphLeaves(only));
        else for (const child of childrenOf(item)) walkBlock(child, out);
      }
      return;
    case "block_quote":
      out.shape.push("quote");
      for (const child of childrenOf(node)) walkBlock(child, out);
      out.shape.push("/quote");
      return;
    case "thematic_break":
      out.shape.push("divider");
      return;
    default:
      out.shape.push(`${node.type} ${JSON.stringify(node.literal)}`);
  }
}

/** Parses a Markdown body with the CommonMark reference parser (commonmark.js). */
export function commonmarkLeaves(body: string): ParsedBody {
  const out: ParsedBody = { shape: [], leaves: [] };
  for (const node of childrenOf(new Parser().parse(body))) walkBlock(node, out);
  return out;
}
