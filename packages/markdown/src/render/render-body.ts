import type { Block, Dateline } from "@broadsheet/article";
import { withDateline } from "../with-dateline.js";
import type { BlockContext } from "./block-context.js";
import { listVariants } from "./list-variants.js";
import { renderBlock } from "./render-block.js";

/** What appendBody puts between two blocks. */
export const BLOCK_SEPARATOR = "\n\n";

/** How the body is written, beyond the blocks themselves. */
export interface BodyOptions
  extends Pick<BlockContext, "markers" | "textFilter" | "family" | "html"> {
  /** Printed at the start of the lead (first) paragraph, in bold. */
  dateline?: Dateline;
}

/**
 * Renders the body blocks separated by blank lines. With a dateline, the lead (first) paragraph
 * starts with it in bold: `**KYIV, Ukraine (AP) —** …`.
 */
export function renderBody(body: readonly Block[], options: BodyOptions = {}): string {
  const parts: string[] = [];
  appendBody(parts, body, options);
  return parts.join("");
}

/**
 * Appends the pieces of renderBody's text to `parts`, to be joined by the caller into one flat
 * string with whatever comes before and after the body.
 */
export function appendBody(parts: string[], body: readonly Block[], options: BodyOptions): void {
  const { dateline, markers, textFilter, family, html } = options;
  const lead = dateline === undefined ? -1 : body.findIndex((block) => block.type === "paragraph");
  const places = listVariants(body);
  let previous: Block | undefined;
  for (let index = 0; index < body.length; index++) {
    const block = body[index] as Block;
    if (index > 0) parts.push(BLOCK_SEPARATOR);
    const dated = index === lead && block.type === "paragraph" && dateline !== undefined;
    const context: BlockContext = {
      previous,
      list: places[index],
      markers,
      textFilter,
      family,
      html,
    };
    parts.push(renderBlock(dated ? withDateline(block, dateline) : block, context));
    previous = block;
  }
}
