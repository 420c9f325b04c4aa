import { type AsideBlock, assertNever, type Block, type Inline } from "@broadsheet/article";

/** The items mapped; the same array where the map returns every item as it was. */
function mapAll<T>(items: readonly T[], map: (item: T) => T): T[] {
  const mapped = items.map(map);
  return mapped.every((item, index) => item === items[index]) ? (items as T[]) : mapped;
}

/**
 * The block with every piece of inline content (text, items, cells, captions) mapped; the
 * block itself (or the part of it) where the map leaves everything as it was.
 */
export function mapInline<B extends Block | AsideBlock>(
  block: B,
  map: (content: Inline) => Inline,
): B;
export function mapInline(block: Block, map: (content: Inline) => Inline): Block {
  switch (block.type) {
    case "paragraph":
    case "heading": {
      const content = map(block.content);
      return content === block.content ? block : { ...block, content };
    }
    case "blockquote": {
      const paragraphs = mapAll(block.paragraphs, map);
      return paragraphs === block.paragraphs ? block : { ...block, paragraphs };
    }
    case "list": {
      const items = mapAll(block.items, map);
      return items === block.items ? block : { ...block, items };
    }
    case "image": {
      const caption = block.caption && map(block.caption);
      return caption === block.caption ? block : { ...block, caption };
    }
    case "table": {
      const header = mapAll(block.header, map);
      const rows = mapAll(block.rows, (row) => mapAll(row, map));
      return header === block.header && rows === block.rows ? block : { ...block, header, rows };
    }
    case "aside": {
      const content = mapAll(block.content, (child) => mapInline(child, map));
      return content === block.content ? block : { ...block, content };
    }
    case "embed":
    case "divider":
      return block;
    default:
      return assertNever(block);
  }
}
