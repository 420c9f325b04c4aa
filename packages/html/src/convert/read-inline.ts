import type { Block } from "@broadsheet/article";
import type { ConvertContext } from "./convert-context.js";
import { type Flattened, flattenBlocks } from "./flatten-blocks.js";
import { readBlocks } from "./read-flow.js";

/**
 * The content of an element the model holds as inline (a heading, an item, a cell, a caption),
 * with the images and embeds found in it to be set after it.
 */
export function readInline(element: Element, context: ConvertContext): Flattened {
  return flattenBlocks(readBlocks(element, context), element.localName.toLowerCase(), context);
}

/** Appends blocks one by one: a spread of a very long list overflows the call stack. */
export function pushAll(target: Block[], blocks: readonly Block[]): void {
  for (const block of blocks) target.push(block);
}
