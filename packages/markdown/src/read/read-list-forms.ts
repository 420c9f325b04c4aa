import type { List } from "@broadsheet/article";
import type { Token, Tokens } from "marked";
import { LIST_END } from "../render/blocks/list.js";
import { readList } from "./blocks/read-list.js";
import type { ReadContext } from "./read-context.js";
import { readInlineHtml } from "./read-inline-html.js";

const ATTRIBUTE_LIST_LINE = /^((?:> ?)*)\{: (?:start="\d{1,9}")?\}$/gm;
const HTML_LIST = /^<ol start="(\d{1,9})">\n/;

/**
 * kramdown's list-ending attribute lists (`{: start="4"}`, `{: }`; see renderList) as the list
 * end marked reads as a block of its own, on the same line; marked takes the start number from
 * the first item's marker, which the writer sets to the same.
 */
export function attributeListsAsListEnds(source: string): string {
  return source.includes("{: ") ? source.replace(ATTRIBUTE_LIST_LINE, `$1${LIST_END}`) : source;
}

/** Whether a block token is a list, in Markdown or in the family's HTML form. */
export function isList(token: Token, context: ReadContext): boolean {
  return (
    token.type === "list" ||
    (context.family === "redcarpet" && token.type === "html" && HTML_LIST.test(token.raw))
  );
}

/**
 * A list token read as a list, the list end the writer puts after a list for kramdown or
 * Redcarpet as `"end"`, a numbered list written as an `<ol start>` block for Redcarpet (see
 * renderList) as a list (its errors reported at their lines); undefined for any other token.
 */
export function readListForm(
  token: Token,
  line: number,
  context: ReadContext,
): List | "end" | undefined {
  if (token.type === "list") return readList(token as Tokens.List, line, context);
  if (token.type !== "html" || context.family === "commonmark") return undefined;
  if (token.raw.trim() === LIST_END) return "end";
  const start = context.family === "redcarpet" ? HTML_LIST.exec(token.raw)?.[1] : undefined;
  if (start === undefined) return undefined;
  const lines = token.raw.trimEnd().split("\n");
  const list: List = { type: "list", ordered: true, items: [] };
  if (start !== "1") list.start = Number(start);
  for (let index = 1; index < lines.length - 1; index++) {
    const item = lines[index] as string;
    if (!item.startsWith("<li>") || !item.endsWith("</li>")) {
      context.error(line + index, "an item of an HTML list is one <li>…</li> line");
      continue;
    }
    list.items.push(readInlineHtml(item.slice(4, -5), line + index, context) ?? []);
  }
  if (lines.at(-1) !== "</ol>") {
    context.error(line + lines.length - 1, "an HTML list ends with </ol> on a line of its own");
  }
  return list;
}
