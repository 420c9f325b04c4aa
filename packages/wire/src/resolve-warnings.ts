import type { ImportWarning } from "@broadsheet/article";
import type { BodyNode } from "./body-node.js";
import type { WireNote } from "./wire-rule.js";

function blockAt(nodes: readonly BodyNode[], line: number): number | undefined {
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const node = nodes[middle];
    if (!node) return undefined;
    if (line < node.first) high = middle - 1;
    else if (line > node.last) low = middle + 1;
    else return middle;
  }
  return undefined;
}

/**
 * Turns collected notes into the article's import warnings, in the order of the lines they concern,
 * each with the index of the body block that holds its line (none for the headline, byline, dek,
 * dropped lines and the whole document).
 */
export function resolveWarnings(
  notes: readonly WireNote[],
  nodes: readonly BodyNode[],
): ImportWarning[] {
  return [...notes]
    .sort((a, b) => a.line - b.line)
    .map(({ rule, note, line }) => {
      const block = line > 0 ? blockAt(nodes, line) : undefined;
      return block === undefined ? { rule, note } : { block, rule, note };
    });
}
