import type { List } from "@broadsheet/article";
import { protectLiquid } from "../../templates/liquid-raw.js";
import type { BlockContext } from "../block-context.js";
import { inlineHtml } from "../inline-html.js";
import { renderInline } from "../render-inline.js";

const MAX_NUMBER = 999_999_999;

/** What ends a list so that a list of the same kind after it stays apart (see renderList). */
export const LIST_END = "<!---->";

/** A list item's line: the marker, the text, continuation lines indented under the text. */
function itemLines(marker: string, text: string): string {
  if (!text.includes("\n")) return `${marker} ${text}`;
  const indent = " ".repeat(marker.length + 1);
  return text
    .split("\n")
    .map((line, at) => (at === 0 ? `${marker} ${line}` : `${indent}${line}`))
    .join("\n");
}

/**
 * dev.to's Redcarpet numbers every list from 1: a list starting elsewhere is an `<ol start>`
 * block, its items as HTML (Liquid kept from running in them, as Forem runs it over the HTML).
 */
function startedHtmlList(block: List, start: number): string {
  const items = block.items.map((item) => `<li>${inlineHtml(item)}</li>\n`).join("");
  return protectLiquid(`<ol start="${start}">\n${items}</ol>`);
}

/**
 * `- item` or `1. item` lines, tight; continuation lines indented under the text. A list right
 * after a list of the same kind is kept apart in the form the target reads: the alternate
 * markers `*` and `1)` for CommonMark; kramdown (Jekyll) takes neither and numbers every list
 * from 1, so a list there ends with an attribute list, `{: start="4"}` or an empty `{: }`,
 * where it starts elsewhere or another follows; for Redcarpet (dev.to) an HTML comment ends
 * a list another follows, and one starting elsewhere is HTML.
 */
export function renderList(block: List, context: BlockContext): string {
  const family = context.family ?? "commonmark";
  const start = block.start ?? 1;
  if (family === "redcarpet" && block.ordered && start !== 1) return startedHtmlList(block, start);
  const plain = family === "kramdown" || family === "redcarpet";
  const alternate = !plain && (context.list?.alternate ?? false);
  const inline = { textFilter: context.textFilter, family };
  const lines = block.items.map((item, index) => {
    const marker = block.ordered
      ? `${Math.min(start + index, MAX_NUMBER)}${alternate ? ")" : "."}`
      : alternate
        ? "*"
        : "-";
    return itemLines(marker, renderInline(item, inline));
  });
  const followed = context.list?.followed ?? false;
  if (family === "kramdown" && (followed || start !== 1)) {
    lines.push(block.ordered && start !== 1 ? `{: start="${start}"}` : "{: }");
  } else if (family === "redcarpet" && followed) {
    lines.push(`\n${LIST_END}`);
  }
  return lines.join("\n");
}
