import type { LinkRegistry } from "./link-registry.js";

/** What block layouts need besides the block: the width to fill and how to show links. */
export interface LayoutContext {
  width: number;
  hyperlinks: boolean;
  /** Shared by the whole article, so link numbers run in reading order. */
  links: LinkRegistry;
}
