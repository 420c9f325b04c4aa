import type { LayoutContext } from "./layout-context.js";
import type { LayoutOptions } from "./layout-options.js";
import { LinkRegistry } from "./link-registry.js";

/** The narrowest column laid out; a narrower width is clamped to it. */
export const MIN_LAYOUT_WIDTH = 2;
/** The widest column laid out; a wider (or infinite) width is clamped to it. */
export const MAX_LAYOUT_WIDTH = 1000;

/** A fresh context for laying out one article: the clamped width and the link numbering. */
export function createLayoutContext(
  options: Pick<LayoutOptions, "width" | "hyperlinks">,
): LayoutContext {
  const requested = Number.isFinite(options.width) ? Math.floor(options.width) : MAX_LAYOUT_WIDTH;
  const width = Math.min(MAX_LAYOUT_WIDTH, Math.max(MIN_LAYOUT_WIDTH, requested));
  return { width, hyperlinks: options.hyperlinks, links: new LinkRegistry() };
}
