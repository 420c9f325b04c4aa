import type { Image } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
import { type AltForm, altForm, imageHtml } from "../image-alt.js";
import { renderDestination } from "../render-destination.js";
import { renderInline, renderText } from "../render-inline.js";
import { renderTitle } from "../render-title.js";

const DIMENSIONS = /^(?:\d+x\d*|x\d+)$/;

function dimensions(block: Image): string | undefined {
  if (block.width === undefined && block.height === undefined) return undefined;
  return `${block.width ?? ""}x${block.height ?? ""}`;
}

function title(block: Image): string | undefined {
  const size = dimensions(block);
  if (block.credit === undefined) return size === undefined ? undefined : `"${size}"`;
  const written = renderTitle(block.credit, /\|/g);
  const quote = written[0];
  let credit = written.slice(1, -1);
  if (size === undefined && DIMENSIONS.test(block.credit)) credit = credit.replace("x", "&#120;");
  return `${quote}${size === undefined ? credit : `${credit} | ${size}`}${quote}`;
}

/** The image's alt text in the form the context's family shows (see altForm). */
export function imageAlt(block: Image, context: BlockContext = {}): AltForm {
  const { textFilter, family = "commonmark" } = context;
  const written = renderText(block.alt, { lineStart: false, linkText: true, textFilter, family });
  return altForm(block.alt, written, family);
}

/**
 * `![alt](src "credit | WIDTHxHEIGHT")`, with the caption on the next line; the alt text in the
 * form the family shows (altForm), an `<img>` element where only HTML shows it exactly.
 */
export function renderImage(block: Image, context: BlockContext = {}): string {
  const { textFilter, family = "commonmark" } = context;
  const titled = title(block);
  const alt = imageAlt(block, context);
  const image =
    alt.html && titled === undefined && block.caption === undefined
      ? imageHtml(block.src, block.alt, family)
      : `![${alt.markdown}](${renderDestination(block.src, family)}${titled === undefined ? "" : ` ${titled}`})`;
  if (block.caption === undefined) return image;
  return `${image}\n${renderInline(block.caption, { blockStart: false, textFilter, family })}`;
}
