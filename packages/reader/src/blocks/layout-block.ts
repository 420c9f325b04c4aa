import { assertNever, type Block } from "@broadsheet/article";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { layoutAside } from "./layout-aside.js";
import { layoutBlockquote } from "./layout-blockquote.js";
import { layoutDivider } from "./layout-divider.js";
import { layoutEmbed } from "./layout-embed.js";
import { layoutHeading } from "./layout-heading.js";
import { layoutImage } from "./layout-image.js";
import { layoutList } from "./layout-list.js";
import { layoutParagraph } from "./layout-paragraph.js";
import { layoutTable } from "./layout-table.js";

/** The lines of one body block at the context's width, by its type. */
export function layoutBlock(block: Block, context: LayoutContext): Segment[][] {
  switch (block.type) {
    case "paragraph":
      return layoutParagraph(block, context);
    case "heading":
      return layoutHeading(block, context);
    case "blockquote":
      return layoutBlockquote(block, context);
    case "list":
      return layoutList(block, context);
    case "image":
      return layoutImage(block, context);
    case "embed":
      return layoutEmbed(block, context);
    case "divider":
      return layoutDivider(block, context);
    case "table":
      return layoutTable(block, context);
    case "aside":
      return layoutAside(block, context);
    default:
      return assertNever(block, "block type");
  }
}
