import type { Heading } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { renderInline } from "../render-inline.js";

/** `## Text`, `### Text` or `#### Text` (ATX; a line break in the text is written `&#10;`). */
export function renderHeading(block: Heading, context: BlockContext = {}): string {
  const text = renderInline(block.content, {
    lineStart: false,
    breaks: "entity",
    heading: true,
    textFilter: context.textFilter,
    family: context.family,
  });
  return `${"#".repeat(block.level)} ${text}`;
}
