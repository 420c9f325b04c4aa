import type { Aside } from "@broadsheet/article";
import { listVariants } from "../list-variants.js";
import { quoteLines } from "../quote-lines.js";
import { renderText } from "../render-inline.js";
import { renderList } from "./list.js";
import { renderParagraph } from "./paragraph.js";

/** `> [!ASIDE] Title`, then the fact box's paragraphs and lists inside the quote. */
export function renderAside(block: Aside): string {
  const parts = [
    block.title === undefined
      ? "[!ASIDE]"
      : `[!ASIDE] ${renderText(block.title, { lineStart: false, breaks: "entity" })}`,
  ];
  const alternates = listVariants(block.content);
  block.content.forEach((child, index) => {
    const alternate = alternates[index] ?? false;
    parts.push(
      child.type === "paragraph" ? renderParagraph(child, {}) : renderList(child, { alternate }),
    );
  });
  return quoteLines(parts.join("\n\n"));
}
