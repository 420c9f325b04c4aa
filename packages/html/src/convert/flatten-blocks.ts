import { assertNever, type Block, type Inline, type Span } from "@broadsheet/article";
import { type ConvertContext, note } from "./convert-context.js";

/** Blocks read inside an element whose content is inline: the text, and the blocks set after it. */
export interface Flattened {
  content: Inline | undefined;
  rest: Block[];
}

function lines(block: Block): Inline[] {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return [block.content];
    case "blockquote":
      return block.attribution
        ? [...block.paragraphs, [{ text: block.attribution }]]
        : block.paragraphs;
    case "list":
      return block.items;
    case "table": {
      const rows = [block.header, ...block.rows].map((row) =>
        row.flatMap((cell, index) => (index === 0 ? cell : [{ text: " " }, ...cell])),
      );
      return block.caption ? [[{ text: block.caption }], ...rows] : rows;
    }
    case "aside":
      return [...(block.title ? [[{ text: block.title }]] : []), ...block.content.flatMap(lines)];
    case "image":
    case "embed":
    case "divider":
      return [];
    default:
      return assertNever(block, "block type");
  }
}

/**
 * Blocks read inside an element the model holds as inline content (a heading, a list item, a
 * table cell) joined into one inline, a line for each paragraph, item or row; images and embeds,
 * which inline content cannot hold, are returned to be set after the element. Joins other than
 * of paragraphs are noted, naming `element`.
 */
export function flattenBlocks(
  blocks: readonly Block[],
  element: string,
  context: ConvertContext,
): Flattened {
  const content: Span[] = [];
  const rest: Block[] = [];
  for (const block of blocks) {
    if (block.type === "image" || block.type === "embed") {
      note(
        context,
        "block-in-inline",
        `Set an ${block.type} found inside <${element}> after it; the model cannot hold it there.`,
      );
      rest.push(block);
      continue;
    }
    if (block.type !== "paragraph" && block.type !== "divider") {
      note(
        context,
        "block-in-inline",
        `Joined a ${block.type} inside <${element}> into its text, a line for each part.`,
      );
    }
    for (const line of lines(block)) {
      if (content.length > 0) content.push({ text: "\n" });
      for (const span of line) content.push(span);
    }
  }
  return { content: content.length > 0 ? content : undefined, rest };
}
