import type { Block, Dateline, Paragraph } from "@broadsheet/article";
import { datelinePrefix } from "../dateline-prefix.js";
import { listVariants } from "./list-variants.js";
import { renderBlock } from "./render-block.js";

function withDateline(block: Paragraph, dateline: Dateline): Paragraph {
  return {
    ...block,
    content: [
      { text: datelinePrefix(dateline), marks: ["strong"] },
      { text: " " },
      ...block.content,
    ],
  };
}

/**
 * Renders the body blocks separated by blank lines. With a dateline, the lead (first) paragraph
 * starts with it in bold: `**KYIV, Ukraine (AP) —** …`.
 */
export function renderBody(body: readonly Block[], options: { dateline?: Dateline } = {}): string {
  const { dateline } = options;
  const lead = dateline ? body.findIndex((block) => block.type === "paragraph") : -1;
  const alternates = listVariants(body);
  return body
    .map((block, index) => {
      const shown =
        index === lead && block.type === "paragraph" && dateline
          ? withDateline(block, dateline)
          : block;
      return renderBlock(shown, {
        previous: body[index - 1],
        alternate: alternates[index] ?? false,
      });
    })
    .join("\n\n");
}
