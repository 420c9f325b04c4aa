import type { AsideBlock, Block, List } from "@broadsheet/article";
import { protectLiquid } from "../../templates/liquid-raw.js";
import { inlineHtml } from "../inline-html.js";
import type { BlockContext } from "../render-body.js";
import { renderInline } from "../render-inline.js";

/** What ends a list so that a list of the same kind after it stays apart (see renderList). */
export const LIST_END = "<!---->";

/** Where a list stands among the lists of the same kind right before and after it. */
export interface ListPlace {
  /** Written with the alternate marker (`*`, `1)`): every other list in a run of such lists. */
  alternate: boolean;
  /** A list of the same kind comes right after it. */
  followed: boolean;
}

const sameKind = (a: Block | AsideBlock | undefined, b: Block | AsideBlock | undefined) =>
  a?.type === "list" && b?.type === "list" && a.ordered === b.ordered;

/** For each block, its place among adjacent lists of the same kind (see ListPlace). */
export function listVariants(blocks: readonly (Block | AsideBlock)[]): ListPlace[] {
  let alternate = false;
  return blocks.map((block, index) => {
    alternate = sameKind(blocks[index - 1], block) ? !alternate : false;
    return { alternate, followed: sameKind(block, blocks[index + 1]) };
  });
}

/**
 * `- item` or `1. item` lines, tight, continuation lines indented. A list after one of the same
 * kind is kept apart: CommonMark with the other markers, `*` and `1)`; kramdown (Jekyll) numbers
 * every list from 1 and knows no `1)`: a list ends with `{: start="4"}` or `{: }` where it starts
 * elsewhere or another follows. Redcarpet (dev.to) numbers from 1 too: such a list is an
 * `<ol start>` of HTML items (Liquid kept from running), and `<!---->` ends one another follows.
 */
export function renderList(block: List, context: BlockContext): string {
  const family = context.family ?? "commonmark";
  const start = block.start ?? 1;
  if (family === "redcarpet" && block.ordered && start !== 1) {
    const items = block.items.map((item) => `<li>${inlineHtml(item)}</li>\n`).join("");
    return protectLiquid(`<ol start="${start}">\n${items}</ol>`);
  }
  const plain = family === "kramdown" || family === "redcarpet";
  const alternate = !plain && (context.list?.alternate ?? false);
  const lines = block.items.map((item, index) => {
    const number = `${Math.min(start + index, 999_999_999)}${alternate ? ")" : "."}`;
    const marker = block.ordered ? number : alternate ? "*" : "-";
    const text = renderInline(item, { textFilter: context.textFilter, family });
    return `${marker} ${text.replaceAll("\n", `\n${" ".repeat(marker.length + 1)}`)}`;
  });
  const followed = context.list?.followed ?? false;
  if (family === "kramdown" && (followed || start !== 1)) {
    lines.push(block.ordered && start !== 1 ? `{: start="${start}"}` : "{: }");
  } else if (family === "redcarpet" && followed) {
    lines.push(`\n${LIST_END}`);
  }
  return lines.join("\n");
}
