import type { LayoutContext } from "../layout/layout-context.js";
import { LinkRegistry } from "../layout/link-registry.js";

/** A layout context for block tests. */
export function testContext(width: number, hyperlinks = false): LayoutContext {
  return { width, hyperlinks, links: new LinkRegistry() };
}
