import type { Layout, LayoutLine } from "./layout-types.js";

/** A layout whose lines hold the given texts, each in block `block` (default 0), for tests. */
export function testLayout(texts: readonly string[], block = 0): Layout {
  const lines: LayoutLine[] = texts.map((text, lineInBlock) => ({
    segments: text ? [{ text }] : [],
    block,
    lineInBlock,
  }));
  return { width: 80, lines, sections: [], links: [] };
}
