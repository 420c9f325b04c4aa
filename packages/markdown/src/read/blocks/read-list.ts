import type { Inline, List } from "@broadsheet/article";
import type { Tokens } from "marked";
import { countLines } from "../count-lines.js";
import type { ReadContext } from "../read-context.js";
import { readInline } from "../read-inline.js";

function readItem(item: Tokens.ListItem, line: number, context: ReadContext): Inline {
  if (item.task) {
    context.error(line, "task list checkboxes are not supported; remove the [ ]");
    return [];
  }
  const content = item.tokens.filter((token) => token.type !== "space");
  if (content.some((token) => token.type === "list")) {
    context.error(line, "nested lists are not supported; flatten the list or split it");
    return [];
  }
  const [only] = content;
  if (only === undefined) return [];
  if (content.length > 1 || (only.type !== "text" && only.type !== "paragraph")) {
    context.error(
      line,
      "a list item holds one paragraph of text; move other content out of the list",
    );
    return [];
  }
  return readInline(only.tokens ?? [], line, context);
}

/** Reads a bulleted or numbered list; one paragraph per item. */
export function readList(token: Tokens.List, line: number, context: ReadContext): List {
  let itemLine = line;
  const items = token.items.map((item) => {
    const content = readItem(item, itemLine, context);
    itemLine += countLines(item.raw);
    return content;
  });
  const list: List = { type: "list", ordered: token.ordered, items };
  if (token.ordered && typeof token.start === "number" && token.start !== 1)
    list.start = token.start;
  return list;
}
