import { type Aside, type AsideBlock, assertNever } from "@broadsheet/article";
import { alignLine } from "../layout/align-line.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { STYLES } from "../layout/styles.js";
import { textSegment } from "../layout/text-segment.js";
import { displayWidth } from "../measure/display-width.js";
import { wrapText } from "../measure/wrap-text.js";
import { layoutList } from "./layout-list.js";
import { layoutParagraph } from "./layout-paragraph.js";

/** Narrowest column a box is drawn in; below it the fact box is set plain. */
const MIN_BOXED = 8;

function layoutAsideBlock(block: AsideBlock, context: LayoutContext): Segment[][] {
  switch (block.type) {
    case "paragraph":
      return layoutParagraph(block, context);
    case "list":
      return layoutList(block, context);
    default:
      return assertNever(block, "aside block type");
  }
}

function contentLines(block: Aside, context: LayoutContext): Segment[][] {
  const lines: Segment[][] = [];
  block.content.forEach((inner, index) => {
    if (index > 0) lines.push([]);
    lines.push(...layoutAsideBlock(inner, context));
  });
  return lines;
}

/**
 * A fact box: a box-drawn panel with its title set in the top border (or as its first lines when
 * too long for it), holding its paragraphs and lists. Set plain, title first, in a column too
 * narrow for a box.
 */
export function layoutAside(block: Aside, context: LayoutContext): Segment[][] {
  const { width } = context;
  const title = block.title ? textSegment(block.title, STYLES.asideTitle) : undefined;
  if (width < MIN_BOXED) {
    const heading = title ? [...wrapText([title], width), []] : [];
    return [...heading, ...contentLines(block, context)];
  }
  const inner = width - 4;
  const edge = (text: string) => ({ text, style: STYLES.border });
  const titleWidth = title ? displayWidth(title.text) : 0;
  const inBorder = title !== undefined && titleWidth + 6 <= width;
  const top = inBorder
    ? [edge("┌─ "), title, edge(` ${"─".repeat(width - 5 - titleWidth)}┐`)]
    : [edge(`┌${"─".repeat(width - 2)}┐`)];
  const body: Segment[][] = [];
  if (title && !inBorder) body.push(...wrapText([title], inner), []);
  body.push(...contentLines(block, { ...context, width: inner }));
  return [
    top,
    ...body.map((line) => [edge("│ "), ...alignLine(line, inner, "left"), edge(" │")]),
    [edge(`└${"─".repeat(width - 2)}┘`)],
  ];
}
