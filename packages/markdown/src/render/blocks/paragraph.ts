import type { Paragraph } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { renderInline } from "../render-inline.js";

const CAPTION_PREFIX = "Table: ";

/** A paragraph; after a table, a leading `Table: ` is escaped so it is not read as the caption. */
export function renderParagraph(block: Paragraph, context: BlockContext): string {
  const out = renderInline(block.content, {
    textFilter: context.textFilter,
    family: context.family,
  });
  if (context.previous?.type === "table" && out.startsWith(CAPTION_PREFIX)) {
    return `Table\\: ${out.slice(CAPTION_PREFIX.length)}`;
  }
  return out;
}
