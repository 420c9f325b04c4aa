import type { Inline, List } from "@broadsheet/article";
import type { Token, Tokens } from "marked";
import { LIST_END } from "../../render/blocks/list.js";
import type { ReadContext } from "../read-context.js";
import { readInlineHtml } from "../read-html.js";
import { readInline } from "../read-inline.js";
import { countLines } from "../source-text.js";

const ATTRIBUTE_LIST_LINE = /^((?:> ?)*)\{: (?:start="\d{1,9}")?\}$/gm;
const HTML_LIST = /^<ol start="(\d{1,9})">\n/;
const HTML_LIST_FORM =
  "write it as Broadsheet writes HTML lists (text, <em>, <strong>, <code>, <sub>, <sup>, <del>, <a href>, <br>)";

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

function readItem(item: Tokens.ListItem, line: number, context: ReadContext): Inline {
  const content = item.tokens.filter((token) => token.type !== "space");
  const [only] = content;
  if (item.task) {
    context.error(line, "task list checkboxes are not supported; remove the [ ]");
  } else if (content.some((token) => token.type === "list")) {
    context.error(line, "nested lists are not supported; flatten the list or split it");
  } else if (only && (content.length > 1 || (only.type !== "text" && only.type !== "paragraph"))) {
    context.error(
      line,
      "a list item holds one paragraph of text; move other content out of the list",
    );
  } else if (only) {
    return readInline(only.tokens ?? [], line, context);
  }
  return [];
}

/** The items of an `<ol start>` list written for Redcarpet (see renderList), one `<li>` a line. */
function readHtmlList(raw: string, start: string, line: number, context: ReadContext): List {
  const lines = raw.trimEnd().split("\n");
  const items = lines.slice(1, -1).flatMap((item, index): Inline[] => {
    const at = line + 1 + index;
    if (!item.startsWith("<li>") || !item.endsWith("</li>")) {
      context.error(at, "an item of an HTML list is one <li>…</li> line");
      return [];
    }
    const content = readInlineHtml(item.slice(4, -5));
    if (typeof content !== "string") return [content];
    context.error(at, `${content} in an HTML list item: ${HTML_LIST_FORM}`);
    return [[]];
  });
  if (lines.at(-1) !== "</ol>") {
    context.error(line + lines.length - 1, "an HTML list ends with </ol> on a line of its own");
  }
  const list: List = { type: "list", ordered: true, items };
  return start === "1" ? list : { ...list, start: Number(start) };
}

/**
 * Reads a list token as a list (one paragraph per item), the list end the writer puts after a
 * list for kramdown or Redcarpet as `"end"`, and a numbered list written as an `<ol start>` block
 * for Redcarpet as a list (its errors reported at their lines); undefined for any other token.
 */
export function readListForm(
  token: Token,
  line: number,
  context: ReadContext,
): List | "end" | undefined {
  if (token.type === "list") {
    let at = line;
    const items = (token as Tokens.List).items.map((item) => {
      const content = readItem(item, at, context);
      at += countLines(item.raw);
      return content;
    });
    const { ordered, start } = token as Tokens.List;
    const list: List = { type: "list", ordered, items };
    return ordered && typeof start === "number" && start !== 1 ? { ...list, start } : list;
  }
  if (token.type !== "html" || context.family === "commonmark") return undefined;
  if (token.raw.trim() === LIST_END) return "end";
  const start = context.family === "redcarpet" ? HTML_LIST.exec(token.raw)?.[1] : undefined;
  return start === undefined ? undefined : readHtmlList(token.raw, start, line, context);
}
