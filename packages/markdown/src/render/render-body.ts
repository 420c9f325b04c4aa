import {
  type Aside,
  type AsideBlock,
  assertNever,
  type Block,
  type Blockquote,
  type Dateline,
  type Embed,
  type Heading,
  type Paragraph,
} from "@broadsheet/article";
import { withDateline } from "../dateline-prefix.js";
import type { ParserFamily } from "../parser-family.js";
import { renderImage } from "./blocks/image.js";
import { type ListPlace, listVariants, renderList } from "./blocks/list.js";
import { renderTable } from "./blocks/table.js";
import { renderDestination, renderTitle } from "./render-destination.js";
import { renderInline, renderText } from "./render-inline.js";
import type { TextFilter } from "./text-filter.js";

/** What a block renderer may need to know about its surroundings. */
export interface BlockContext {
  /** The block written just before this one at the same level. */
  previous?: Block | AsideBlock;
  /** For a list: where it stands among the lists of the same kind right before and after it. */
  list?: ListPlace;
  /** Whether the `[!PULLQUOTE]` and `[!ASIDE]` markers are written (default true). */
  markers?: boolean;
  /** The rules of the profile's readers, handed to every inline render. */
  textFilter?: TextFilter;
  /** The parser the target reads with, for constructs written in its own form (default commonmark). */
  family?: ParserFamily;
  /** Whether the target shows inline HTML such as `<br>` (see SHOWS_HTML). */
  html?: boolean;
}

/** Prefixes every line with `> ` (a bare `>` for blank lines), making it a block quote. */
function quoteLines(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}

/** A paragraph; after a table, a leading `Table: ` is escaped so it is not read as the caption. */
export function renderParagraph(block: Paragraph, context: BlockContext): string {
  const out = renderInline(block.content, {
    textFilter: context.textFilter,
    family: context.family,
  });
  const caption = context.previous?.type === "table" && out.startsWith("Table: ");
  return caption ? `Table\\:${out.slice(6)}` : out;
}

/** `## Text`, `### Text` or `#### Text` (ATX; a line break in the text is written `&#10;`). */
export function renderHeading(block: Heading, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const options = {
    lineStart: false,
    breaks: "entity",
    heading: true,
    textFilter,
    family,
  } as const;
  return `${"#".repeat(block.level)} ${renderInline(block.content, options)}`;
}

/**
 * `> …` paragraphs, `> [!PULLQUOTE]` first for a pull quote (unless markers are off), `> — Name`
 * last for the attribution. A paragraph that itself starts with `— ` has its dash written
 * `&mdash;`.
 */
export function renderBlockquote(block: Blockquote, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const parts = block.style === "pull" && context.markers !== false ? ["[!PULLQUOTE]"] : [];
  for (const paragraph of block.paragraphs) {
    const out = renderInline(paragraph, { textFilter, family });
    parts.push(out.startsWith("— ") ? `&mdash;${out.slice(1)}` : out);
  }
  if (block.attribution !== undefined) {
    parts.push(`— ${renderText(block.attribution, { lineStart: false, textFilter, family })}`);
  }
  return quoteLines(parts.join("\n\n"));
}

/**
 * `> [!ASIDE] Title`, then the fact box's paragraphs and lists inside the quote. With markers
 * off, a plain block quote whose first paragraph is the title in bold.
 */
export function renderAside(block: Aside, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const parts: string[] = [];
  if (context.markers === false && block.title !== undefined) {
    parts.push(renderInline([{ text: block.title, marks: ["strong"] }], { textFilter, family }));
  } else if (context.markers !== false) {
    const options = { lineStart: false, breaks: "entity", textFilter, family } as const;
    parts.push(
      `[!ASIDE]${block.title === undefined ? "" : ` ${renderText(block.title, options)}`}`,
    );
  }
  const places = listVariants(block.content);
  block.content.forEach((child, index) => {
    const inner = { textFilter, family, list: places[index] };
    parts.push(
      child.type === "paragraph" ? renderParagraph(child, inner) : renderList(child, inner),
    );
  });
  return quoteLines(parts.join("\n\n"));
}

/** `[Fallback text](url "embed: Provider")`. */
export function renderEmbed(block: Embed, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const fallback = renderText(block.fallback, {
    lineStart: false,
    linkText: true,
    textFilter,
    family,
  });
  const title = renderTitle(block.provider === undefined ? "embed" : `embed: ${block.provider}`);
  return `[${fallback}](${renderDestination(block.url, family)} ${title})`;
}

/** Renders one body block as Markdown (a divider is `---`, always after a blank line). */
export function renderBlock(block: Block, context: BlockContext): string {
  switch (block.type) {
    case "paragraph":
      return renderParagraph(block, context);
    case "heading":
      return renderHeading(block, context);
    case "blockquote":
      return renderBlockquote(block, context);
    case "list":
      return renderList(block, context);
    case "image":
      return renderImage(block, context);
    case "embed":
      return renderEmbed(block, context);
    case "divider":
      return "---";
    case "table":
      return renderTable(block, context);
    case "aside":
      return renderAside(block, context);
    default:
      return assertNever(block);
  }
}

/** How the body is written: the blocks' context, and the dateline printed in bold in the lead. */
export type BodyOptions = Omit<BlockContext, "previous" | "list"> & { dateline?: Dateline };

/**
 * Renders the body blocks separated by blank lines. With a dateline, the lead (first) paragraph
 * starts with it in bold: `**KYIV, Ukraine (AP) —** …`.
 */
export function renderBody(body: readonly Block[], options: BodyOptions = {}): string {
  const { dateline, markers, textFilter, family, html } = options;
  const lead = dateline === undefined ? -1 : body.findIndex((block) => block.type === "paragraph");
  const places = listVariants(body);
  let out = "";
  body.forEach((block, index) => {
    const list = places[index];
    const context = { previous: body[index - 1], list, markers, textFilter, family, html };
    const dated = index === lead && block.type === "paragraph" && dateline !== undefined;
    out += `${index > 0 ? "\n\n" : ""}${renderBlock(dated ? withDateline(block, dateline) : block, context)}`;
  });
  return out;
}
