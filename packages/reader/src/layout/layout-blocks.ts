import { type Article, type Block, type Heading, inlineText } from "@broadsheet/article";
import { layoutBlock } from "../blocks/layout-block.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import type { LayoutContext } from "./layout-context.js";
import type { LayoutLine, LayoutSection } from "./layout-types.js";

/** A heading's title as the table of contents gives it (`tableOfContents`' text), on one line. */
function sectionTitle(heading: Heading): string {
  return sanitizeForTerminal(inlineText(heading.content)).replaceAll("\n", " ").trim();
}

/** Blank lines after a block: one, or two before a level-2 heading; none after the last block. */
function gapAfter(next: Block | undefined): number {
  if (!next) return 0;
  return next.type === "heading" && next.level === 2 ? 2 : 1;
}

/**
 * Lays out the body blocks `from` (inclusive) to `to` (exclusive), the first line being line
 * `firstLine` of the layout. Each block's lines carry its index and their index within it; the
 * blank lines that separate it from the next block are its last lines. Headings become sections,
 * titled with the text `tableOfContents` gives them (computed here per heading, without the
 * slugs, whose de-duplication is slow for articles with many repeated headings). Blocks must be laid out in order with one
 * context, so that link numbers run in reading order.
 */
export function layoutBlocks(
  article: Pick<Article, "body">,
  from: number,
  to: number,
  context: LayoutContext,
  firstLine = 0,
): { lines: LayoutLine[]; sections: LayoutSection[] } {
  const lines: LayoutLine[] = [];
  const sections: LayoutSection[] = [];
  const end = Math.min(to, article.body.length);
  for (let block = Math.max(0, from); block < end; block++) {
    const source = article.body[block] as Block;
    const blockLines = layoutBlock(source, context);
    if (source.type === "heading") {
      sections.push({
        title: sectionTitle(source),
        level: source.level,
        line: firstLine + lines.length,
      });
    }
    for (let gap = gapAfter(article.body[block + 1]); gap > 0; gap--) blockLines.push([]);
    blockLines.forEach((segments, lineInBlock) => {
      lines.push({ segments, block, lineInBlock });
    });
  }
  return { lines, sections };
}
