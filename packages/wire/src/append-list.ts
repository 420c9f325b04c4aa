import type { List } from "@broadsheet/article";
import type { BodyNode } from "./body-node.js";
import { joinLines } from "./join-lines.js";
import { parseListMarker } from "./parse-list-marker.js";
import type { WireLine } from "./to-wire-lines.js";
import type { WireNote } from "./wire-rule.js";

/**
 * Appends a list read from lines whose first line has a list marker. Lines without a marker
 * continue the item above (hard-wrapped items). A list of the same kind right before it (after a
 * blank line, for loose lists; a numbered list only if the numbering runs on) is extended instead.
 * Items indented differently or with another kind of marker are flattened into the one list, with
 * a `list-nesting` note, since the model's lists have one level.
 */
export function appendList(nodes: BodyNode[], notes: WireNote[], lines: readonly WireLine[]): void {
  const [head] = lines;
  const opening = head ? parseListMarker(head.text) : undefined;
  if (!head || !opening) return;
  const items: string[][] = [];
  let number = opening.number ?? 1;
  let nested: WireLine | undefined;
  for (const line of lines) {
    const marker = parseListMarker(line.text);
    const current = items[items.length - 1];
    if (!marker && current) {
      current.push(line.text);
      continue;
    }
    if (marker && (marker.ordered !== opening.ordered || line.indent !== head.indent))
      nested ??= line;
    if (marker?.ordered && marker.ordered === opening.ordered) number = marker.number ?? number;
    items.push([marker?.text ?? line.text]);
  }
  if (nested) {
    notes.push({
      rule: "list-nesting",
      note: `Flattened the nested or mixed list items from line ${nested.number} into one list; lists in the article model have one level.`,
      line: nested.number,
    });
  }
  const texts = items.map((item) => [{ text: joinLines(item) }]);
  const first = head.number;
  const last = lines[lines.length - 1]?.number ?? first;
  const previous = nodes[nodes.length - 1];
  const start = opening.number ?? 1;
  if (
    previous?.block.type === "list" &&
    previous.block.ordered === opening.ordered &&
    (!opening.ordered || previous.nextNumber === start)
  ) {
    for (const item of texts) previous.block.items.push(item);
    previous.last = last;
    previous.nextNumber = number + 1;
    return;
  }
  const block: List = opening.ordered
    ? { type: "list", ordered: true, ...(start !== 1 ? { start } : {}), items: texts }
    : { type: "list", ordered: false, items: texts };
  nodes.push({ block, first, last, ...(opening.ordered ? { nextNumber: number + 1 } : {}) });
}
