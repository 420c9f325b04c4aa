import type { AsideBlock, Block, Inline } from "@broadsheet/article";

/** The items mapped; the same array where the map returns every item as it was. */
function mapAll<T>(contents: readonly T[], map: (content: T) => T): T[] {
  let mapped: T[] | undefined;
  for (let index = 0; index < contents.length; index++) {
    const content = contents[index] as T;
    const next = map(content);
    if (mapped === undefined && next !== content) mapped = contents.slice(0, index);
    mapped?.push(next);
  }
  return mapped ?? (contents as T[]);
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
      const caption = block.caption === undefined ? undefined : map(block.caption);
      return caption === block.caption ? block : { ...block, caption };
    }
    case "table": {
      const header = mapAll(block.header, map);
      const rows = mapAll(block.rows, (row) => mapAll(row, map));
      return header === block.header && rows === block.rows ? block : { ...block, header, rows };
    }
    case "aside": {
      const content = block.content.map((child) => mapInline(child, map));
      const same = content.every((child, index) => child === block.content[index]);
      return same ? block : { ...block, content };
    }
    case "embed":
    case "divider":
      return block;
    default: {
      const unhandled: never = block;
      throw new Error(`unhandled block type ${(unhandled as { type: string }).type}`);
    }
  }
}
