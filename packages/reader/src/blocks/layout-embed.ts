import type { Embed } from "@broadsheet/article";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { linkDestination } from "../layout/link-destination.js";
import { STYLES } from "../layout/styles.js";
import { textSegment } from "../layout/text-segment.js";
import { wrapText } from "../measure/wrap-text.js";

/** Third-party content: `[Embed: provider]` and its text fallback, then its address as a link. */
export function layoutEmbed(block: Embed, context: LayoutContext): Segment[][] {
  const label = block.provider ? `[Embed: ${block.provider}] ` : "[Embed] ";
  const lines = wrapText(
    [textSegment(label, STYLES.placeholder), textSegment(block.fallback)],
    context.width,
  );
  const href = context.hyperlinks ? linkDestination(block.url) : undefined;
  const url = textSegment(block.url, href ? { ...STYLES.url, href } : STYLES.url);
  lines.push(...wrapText([url], context.width));
  return lines;
}
