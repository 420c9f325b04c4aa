import type { Block, Inline } from "@broadsheet/article";
import { type ConvertContext, innerContext, note } from "./convert-context.js";
import { flattenBlocks } from "./flatten-blocks.js";
import { InlineRun } from "./inline-run.js";
import { flush, readFlow, readNode } from "./read-flow.js";
import { pushAll } from "./read-inline.js";

function isItem(node: Node): node is Element {
  return node.nodeType === 1 && (node as Element).localName.toLowerCase() === "li";
}

function start(element: Element): number | undefined {
  const value = element.getAttribute("start");
  if (value === null || !/^\s*\d{1,9}\s*$/.test(value)) return undefined;
  return Number(value);
}

/**
 * The items read from one `<li>` (or the loose content between items): the item's own text,
 * then the items of each list nested in it, which the model's flat lists hold as items of their
 * own (noted). Images and embeds in an item go to `rest`.
 */
function addItems(
  blocks: readonly Block[],
  items: Inline[],
  rest: Block[],
  context: ConvertContext,
): void {
  let own: Block[] = [];
  const flushOwn = () => {
    const flat = flattenBlocks(own, "li", context);
    if (flat.content) items.push(flat.content);
    pushAll(rest, flat.rest);
    own = [];
  };
  for (const block of blocks) {
    if (block.type !== "list") {
      own.push(block);
      continue;
    }
    flushOwn();
    note(
      context,
      "list-nesting",
      "Made the items of a list inside a list item items of the outer list; the model's lists do not nest.",
    );
    for (const item of block.items) items.push(item);
  }
  flushOwn();
}

/**
 * A `<ul>` or `<ol>` as a list block (an `<ol>`'s `start` kept), with nested lists flattened into
 * it; images and embeds in its items are set after it.
 */
export function readList(element: Element, context: ConvertContext): void {
  const items: Inline[] = [];
  const rest: Block[] = [];
  let loose = innerContext(context);
  let looseRun = new InlineRun();
  const flushLoose = () => {
    flush(loose, looseRun);
    addItems(loose.blocks, items, rest, context);
    loose = innerContext(context);
    looseRun = new InlineRun();
  };
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (!isItem(node)) {
      readNode(node, loose, looseRun);
      continue;
    }
    flushLoose();
    const inner = innerContext(context);
    const run = new InlineRun();
    readFlow(node, inner, run);
    flush(inner, run);
    addItems(inner.blocks, items, rest, context);
  }
  flushLoose();
  if (items.length > 0) {
    const ordered = element.localName.toLowerCase() === "ol";
    const first = ordered ? start(element) : undefined;
    context.blocks.push({
      type: "list",
      ordered,
      ...(first !== undefined ? { start: first } : {}),
      items,
    });
  }
  pushAll(context.blocks, rest);
}
