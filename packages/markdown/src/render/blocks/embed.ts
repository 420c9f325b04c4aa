import type { Embed } from "@broadsheet/article";
import { renderDestination } from "../render-destination.js";
import { renderText } from "../render-inline.js";
import { renderTitle } from "../render-title.js";

/** `[Fallback text](url "embed: Provider")`. */
export function renderEmbed(block: Embed): string {
  const fallback = renderText(block.fallback, { lineStart: false, linkText: true });
  const title = renderTitle(block.provider === undefined ? "embed" : `embed: ${block.provider}`);
  return `[${fallback}](${renderDestination(block.url)} ${title})`;
}
