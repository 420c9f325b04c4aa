import type { AsideBlock, Block, Inline } from "@broadsheet/article";

/** The block with every piece of inline content (text, items, cells, captions) mapped. */
export function mapInline<B extends Block | AsideBlock>(
  block: B,
  map: (content: Inline) => Inline,
): B;
export function mapInline(block: Block, map: (content: Inline) => Inline): Block {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return { ...block, content: map(block.content) };
    case "blockquote":
      return { ...block, paragraphs: block.paragraphs.map(map) };
    case "list":
      return { ...block, items: block.items.map(map) };
    case "image":
      return block.caption === undefined ? block : { ...block, caption: map(block.caption) };
    case "table":
      return {
        ...block,
        header: block.header.map(map),
        rows: block.rows.map((row) => row.map(map)),
      };
    case "aside":
      return { ...block, content: block.content.map((child) => mapInline(child, map)) };
    case "embed":
    case "divider":
      return block;
    default: {
      const unhandled: never = block;
      throw new Error(`unhandled block type ${(unhandled as { type: string }).type}`);
    }
  }
}
