import type { Block, Inline } from "@broadsheet/article";
import type { ConvertContext } from "./convert-context.js";
import { flattenBlocks } from "./flatten-blocks.js";
import { labelText } from "./label-text.js";
import { readBlocks } from "./read-flow.js";
import { pushAll } from "./read-inline.js";

const ATTRIBUTION_DASH = /^\s*[—―–-]\s*/;
const PULL = /\bpull-?quote\b|\bpull\b/i;

/** The quote's attribution element: a last `<footer>` or `<cite>` child, or a paragraph led by a dash. */
function attributionElement(quote: Element): Element | undefined {
  const last = quote.lastElementChild;
  if (!last) return undefined;
  const name = last.localName.toLowerCase();
  if (name === "footer" || name === "cite") return last;
  if (
    name === "p" &&
    last !== quote.firstElementChild &&
    ATTRIBUTION_DASH.test(last.textContent ?? "")
  ) {
    return last;
  }
  return undefined;
}

/** Whether the element is set off for display: a class naming a pull quote. */
export function isPullQuote(element: Element): boolean {
  return PULL.test(element.getAttribute("class") ?? "");
}

/**
 * A `<blockquote>` as a block quote (a pull quote when its class says so): a paragraph for each
 * paragraph, heading or item in it, and as the attribution `attribution` (a figure's caption),
 * else its last `<footer>` or `<cite>`, or a last paragraph led by a dash. Images and embeds in
 * it are set after it.
 */
export function readBlockquote(
  quote: Element,
  context: ConvertContext,
  attribution: string | undefined,
): void {
  const cited = attribution === undefined ? attributionElement(quote) : undefined;
  const byline =
    attribution ?? labelText(cited?.textContent?.replace(ATTRIBUTION_DASH, ""), context);
  const blocks = readBlocks(quote, cited ? { ...context, skip: new Set([cited]) } : context);
  const paragraphs: Inline[] = [];
  const rest: Block[] = [];
  for (const block of blocks) {
    const flat = flattenBlocks([block], "blockquote", context);
    if (flat.content) paragraphs.push(flat.content);
    pushAll(rest, flat.rest);
  }
  if (paragraphs.length > 0) {
    context.blocks.push({
      type: "blockquote",
      style: isPullQuote(quote) ? "pull" : "block",
      paragraphs,
      ...(byline ? { attribution: byline } : {}),
    });
  } else if (byline) {
    context.blocks.push({ type: "paragraph", content: [{ text: byline }] });
  }
  pushAll(context.blocks, rest);
}
