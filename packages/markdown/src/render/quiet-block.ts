import type { Block } from "@broadsheet/article";
import type { ParserFamily } from "../parser-family.js";
import { quietInline } from "./quiet-inline.js";
import type { InlineOptions } from "./render-inline.js";
import type { TextFilter } from "./text-filter.js";

const HEADING_MARKS: Readonly<Partial<Record<number, string>>> = {
  2: "## ",
  3: "### ",
  4: "#### ",
};

/** Where quietBlock writes inline content: a paragraph's and a heading's options, made once. */
export interface QuietBlockOptions {
  paragraph: InlineOptions;
  heading: InlineOptions;
}

/** The inline options renderParagraph and renderHeading pass, for a profile's text filter. */
export function quietBlockOptions(
  textFilter: TextFilter | undefined,
  family?: ParserFamily,
): QuietBlockOptions {
  return {
    paragraph: { textFilter, family },
    heading: { lineStart: false, breaks: "entity", heading: true, textFilter, family },
  };
}

/**
 * A paragraph or heading whose inline content is quiet (quietInline), written as renderBlock
 * writes it, without a block context or the dispatch; undefined for every other block, for a
 * paragraph right after a table (its `Table: ` may need an escape) and for content that is not
 * quiet, which renderBlock writes (quiet-block.test.ts checks both write the same).
 */
export function quietBlock(
  block: Block,
  previous: Block | undefined,
  options: QuietBlockOptions,
): string | undefined {
  if (block.type === "paragraph") {
    return previous?.type === "table" ? undefined : quietInline(block.content, options.paragraph);
  }
  if (block.type !== "heading") return undefined;
  const marks = HEADING_MARKS[block.level];
  if (marks === undefined) return undefined;
  const text = quietInline(block.content, options.heading);
  return text === undefined ? undefined : `${marks}${text}`;
}
