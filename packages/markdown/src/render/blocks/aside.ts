import type { Aside } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { listVariants } from "../list-variants.js";
import { quoteLines } from "../quote-lines.js";
import { renderInline, renderText } from "../render-inline.js";
import { renderList } from "./list.js";
import { renderParagraph } from "./paragraph.js";

function heading(block: Aside, context: BlockContext): string | undefined {
  const { textFilter, family } = context;
  if (context.markers === false) {
    return block.title === undefined
      ? undefined
      : renderInline([{ text: block.title, marks: ["strong"] }], { textFilter, family });
  }
  return block.title === undefined
    ? "[!ASIDE]"
    : `[!ASIDE] ${renderText(block.title, { lineStart: false, breaks: "entity", textFilter, family })}`;
}

/**
 * `> [!ASIDE] Title`, then the fact box's paragraphs and lists inside the quote. With markers
 * off, a plain block quote whose first paragraph is the title in bold.
 */
export function renderAside(block: Aside, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const first = heading(block, context);
  const parts = first === undefined ? [] : [first];
  const places = listVariants(block.content);
  block.content.forEach((child, index) => {
    parts.push(
      child.type === "paragraph"
        ? renderParagraph(child, { textFilter, family })
        : renderList(child, { list: places[index], textFilter, family }),
    );
  });
  return quoteLines(parts.join("\n\n"));
}
