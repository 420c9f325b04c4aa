import type { Embed } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { renderDestination } from "../render-destination.js";
import { renderText } from "../render-inline.js";
import { renderTitle } from "../render-title.js";

/** `[Fallback text](url "embed: Provider")`. */
export function renderEmbed(block: Embed, context: BlockContext = {}): string {
  const fallback = renderText(block.fallback, {
    lineStart: false,
    linkText: true,
    textFilter: context.textFilter,
    family: context.family,
  });
  const title = renderTitle(block.provider === undefined ? "embed" : `embed: ${block.provider}`);
  return `[${fallback}](${renderDestination(block.url, context.family)} ${title})`;
}
