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
 * `- item` or `1. item` lines, tight; continuation lines indented under the text. A list right
 * after a list of the same kind is kept apart in the form the target reads: the alternate
 * markers `*` and `1)` for CommonMark; kramdown (Jekyll) takes neither and numbers every list
 * from 1, so a list there ends with an attribute list, `{: start="4"}` or an empty `{: }`,
 * where it starts elsewhere or another follows. dev.to's Redcarpet numbers every list from 1
 * too: a list starting elsewhere is an `<ol start>` block of HTML items (Liquid kept from
 * running in them, as Forem runs it over the HTML), and an HTML comment ends a list another
 * follows.
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
