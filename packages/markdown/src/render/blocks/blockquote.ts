import type { Blockquote } from "@broadsheet/article";
import { quoteLines } from "../quote-lines.js";
import { renderInline, renderText } from "../render-inline.js";

const ATTRIBUTION = "— ";

/**
 * `> …` paragraphs, `> [!PULLQUOTE]` first for a pull quote, `> — Name` last for the
 * attribution. A paragraph that itself starts with `— ` has its dash written `&mdash;`.
 */
export function renderBlockquote(block: Blockquote): string {
  const parts: string[] = [];
  if (block.style === "pull") parts.push("[!PULLQUOTE]");
  for (const paragraph of block.paragraphs) {
    const out = renderInline(paragraph);
    parts.push(out.startsWith(ATTRIBUTION) ? `&mdash;${out.slice(1)}` : out);
  }
  if (block.attribution !== undefined) {
    parts.push(`${ATTRIBUTION}${renderText(block.attribution, { lineStart: false })}`);
  }
  return quoteLines(parts.join("\n\n"));
}
