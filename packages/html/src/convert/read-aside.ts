import type { AsideBlock, Block } from "@broadsheet/article";
import type { ConvertContext } from "./convert-context.js";
import { flattenBlocks } from "./flatten-blocks.js";
import { labelText } from "./label-text.js";
import { isPullQuote, readBlockquote } from "./read-blockquote.js";
import { readBlocks } from "./read-flow.js";
import { pushAll } from "./read-inline.js";

function titleElement(aside: Element): Element | undefined {
  const first = aside.firstElementChild;
  return first && /^h[1-6]$/i.test(first.localName) ? first : undefined;
}

/**
 * An `<aside>` as a fact box: its first heading the title, its paragraphs and lists the content
 * (anything else joined into paragraphs, images and embeds set after it). An aside whose class
 * names a pull quote is read as one.
 */
export function readAside(aside: Element, context: ConvertContext): void {
  if (isPullQuote(aside)) {
    readBlockquote(aside, context, undefined);
    return;
  }
  const heading = titleElement(aside);
  const title = labelText(heading?.textContent, context);
  const blocks = readBlocks(aside, heading ? { ...context, skip: new Set([heading]) } : context);
  const content: AsideBlock[] = [];
  const rest: Block[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph" || block.type === "list") {
      content.push(block);
      continue;
    }
    const flat = flattenBlocks([block], "aside", context);
    if (flat.content) content.push({ type: "paragraph", content: flat.content });
    pushAll(rest, flat.rest);
  }
  if (content.length > 0) {
    context.blocks.push({ type: "aside", ...(title ? { title } : {}), content });
  } else if (title) {
    context.blocks.push({ type: "paragraph", content: [{ text: title }] });
  }
  pushAll(context.blocks, rest);
}
