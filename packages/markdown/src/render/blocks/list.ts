import type { List } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { renderInline } from "../render-inline.js";

const MAX_NUMBER = 999_999_999;

/**
 * `- item` or `1. item` lines, tight; continuation lines indented under the text. The alternate
 * markers `*` and `1)` keep a list from merging with the list before it.
 */
export function renderList(block: List, context: BlockContext): string {
  const alternate = context.alternate ?? false;
  const start = block.start ?? 1;
  return block.items
    .map((item, index) => {
      const marker = block.ordered
        ? `${Math.min(start + index, MAX_NUMBER)}${alternate ? ")" : "."}`
        : alternate
          ? "*"
          : "-";
      const text = renderInline(item, { textFilter: context.textFilter });
      if (!text.includes("\n")) return `${marker} ${text}`;
      const indent = " ".repeat(marker.length + 1);
      return text
        .split("\n")
        .map((line, at) => (at === 0 ? `${marker} ${line}` : `${indent}${line}`))
        .join("\n");
    })
    .join("\n");
}
