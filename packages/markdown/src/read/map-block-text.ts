import type { AsideBlock, Block, Inline } from "@broadsheet/article";

function mapSpans(content: Inline, map: (text: string) => string): Inline {
  return content.map((span) =>
    span.marks?.includes("code") ? span : { ...span, text: map(span.text) },
  );
}

function mapAsideBlock(block: AsideBlock, map: (text: string) => string): AsideBlock {
  return block.type === "paragraph"
    ? { ...block, content: mapSpans(block.content, map) }
    : { ...block, items: block.items.map((item) => mapSpans(item, map)) };
}

/** The block with every piece of running text mapped (alt text, captions, titles; not code). */
export function mapBlockText(block: Block, map: (text: string) => string): Block {
  const spans = (content: Inline) => mapSpans(content, map);
  switch (block.type) {
    case "paragraph":
    case "heading":
      return { ...block, content: spans(block.content) };
    case "blockquote": {
      const quote = { ...block, paragraphs: block.paragraphs.map(spans) };
      return block.attribution === undefined
        ? quote
        : { ...quote, attribution: map(block.attribution) };
    }
    case "list":
      return { ...block, items: block.items.map(spans) };
    case "image": {
      const image = { ...block, alt: map(block.alt) };
      if (block.caption !== undefined) image.caption = spans(block.caption);
      if (block.credit !== undefined) image.credit = map(block.credit);
      return image;
    }
    case "embed": {
      const embed = { ...block, fallback: map(block.fallback) };
      if (block.provider !== undefined) embed.provider = map(block.provider);
      return embed;
    }
    case "table": {
      const table = {
        ...block,
        header: block.header.map(spans),
        rows: block.rows.map((row) => row.map(spans)),
      };
      if (block.caption !== undefined) table.caption = map(block.caption);
      return table;
    }
    case "aside": {
      const aside = { ...block, content: block.content.map((child) => mapAsideBlock(child, map)) };
      if (block.title !== undefined) aside.title = map(block.title);
      return aside;
    }
    case "divider":
      return block;
    default: {
      const unhandled: never = block;
      throw new Error(`unhandled block type ${(unhandled as { type: string }).type}`);
    }
  }
}
