import type { Block } from "@broadsheet/article";
import type { BlockContext } from "./block-context.js";
import { renderAside } from "./blocks/aside.js";
import { renderBlockquote } from "./blocks/blockquote.js";
import { renderDivider } from "./blocks/divider.js";
import { renderEmbed } from "./blocks/embed.js";
import { renderHeading } from "./blocks/heading.js";
import { renderImage } from "./blocks/image.js";
import { renderList } from "./blocks/list.js";
import { renderParagraph } from "./blocks/paragraph.js";
import { renderTable } from "./blocks/table.js";

/** Renders one body block as Markdown, dispatching on its type. */
export function renderBlock(block: Block, context: BlockContext): string {
  switch (block.type) {
    case "paragraph":
      return renderParagraph(block, context);
    case "heading":
      return renderHeading(block, context);
    case "blockquote":
      return renderBlockquote(block, context);
    case "list":
      return renderList(block, context);
    case "image":
      return renderImage(block, context);
    case "embed":
      return renderEmbed(block, context);
    case "divider":
      return renderDivider();
    case "table":
      return renderTable(block, context);
    case "aside":
      return renderAside(block, context);
    default: {
      const unhandled: never = block;
      throw new Error(
        `no Markdown renderer for block type ${(unhandled as { type: string }).type}`,
      );
    }
  }
}
