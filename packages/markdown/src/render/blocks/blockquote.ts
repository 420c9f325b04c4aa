import type { Blockquote } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { quoteLines } from "../quote-lines.js";
import { renderInline, renderText } from "../render-inline.js";

const ATTRIBUTION = "— ";

/**
 * `> …` paragraphs, `> [!PULLQUOTE]` first for a pull quote (unless markers are off), `> — Name`
 * last for the attribution. A paragraph that itself starts with `— ` has its dash written
 * `&mdash;`.
 */
export function renderBlockquote(block: Blockquote, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const parts: string[] = [];
  if (block.style === "pull" && context.markers !== false) parts.push("[!PULLQUOTE]");
  for (const paragraph of block.paragraphs) {
    const out = renderInline(paragraph, { textFilter, family });
    parts.push(out.startsWith(ATTRIBUTION) ? `&mdash;${out.slice(1)}` : out);
  }
  if (block.attribution !== undefined) {
    parts.push(
      `${ATTRIBUTION}${renderText(block.attribution, { lineStart: false, textFilter, family })}`,
    );
  }
  return quoteLines(parts.join("\n\n"));
}
