import type { Block, Dateline } from "@broadsheet/article";
import { withDateline } from "../with-dateline.js";
import type { BlockContext } from "./block-context.js";
import { listVariants } from "./list-variants.js";
import { renderBlock } from "./render-block.js";

/** How the body is written, beyond the blocks themselves. */
export interface BodyOptions extends Pick<BlockContext, "markers" | "textFilter"> {
  /** Printed at the start of the lead (first) paragraph, in bold. */
  dateline?: Dateline;
}

/**
 * Renders the body blocks separated by blank lines. With a dateline, the lead (first) paragraph
 * starts with it in bold: `**KYIV, Ukraine (AP) —** …`.
 */
export function renderBody(body: readonly Block[], options: BodyOptions = {}): string {
  const { dateline, markers, textFilter } = options;
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
        markers,
        textFilter,
      });
    })
    .join("\n\n");
}
