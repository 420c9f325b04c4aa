import type { LayoutContext } from "../layout-context.js";
import { LinkRegistry } from "../link-registry.js";

/** A layout context for block tests. */
export function testContext(width: number, hyperlinks = false): LayoutContext {
  return { width, hyperlinks, links: new LinkRegistry() };
}
