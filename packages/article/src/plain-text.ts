import type { Article } from "./article.js";
import { assertNever } from "./assert-never.js";
import type { Block } from "./blocks.js";
import type { Inline } from "./inline.js";

/** The text of inline content without marks or links. */
export function inlineText(inline: Inline): string {
  return inline.map((span) => span.text).join("");
}

/** The readable text of one block, in reading order; pieces are separated by newlines. */
export function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content);
    case "blockquote":
      return [...block.paragraphs.map(inlineText), block.attribution ?? ""]
        .filter(Boolean)
        .join("\n");
    case "list":
      return block.items.map(inlineText).join("\n");
    case "image":
      return [block.caption ? inlineText(block.caption) : "", block.credit ?? ""]
        .filter(Boolean)
        .join("\n");
    case "embed":
      return block.fallback;
    case "divider":
      return "";
    case "table":
      return [
        block.caption ?? "",
        ...[block.header, ...block.rows].map((row) => row.map(inlineText).join(" ")),
      ]
        .filter(Boolean)
        .join("\n");
    case "aside":
      return [block.title ?? "", ...block.content.map(blockText)].filter(Boolean).join("\n");
    default:
      return assertNever(block, "block type");
  }
}

/** The article body as plain text, one block per paragraph. */
export function bodyText(article: Pick<Article, "body">): string {
  return article.body.map(blockText).filter(Boolean).join("\n\n");
}
