import type { Image } from "@broadsheet/article";
import type { BlockContext } from "../block-context.js";
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

/** `![alt](src "credit | WIDTHxHEIGHT")`, with the caption on the next line. */
export function renderImage(block: Image, context: BlockContext = {}): string {
  const { textFilter, family } = context;
  const alt = renderText(block.alt, { lineStart: false, linkText: true, textFilter, family });
  const titled = title(block);
  const image = `![${alt}](${renderDestination(block.src, family)}${titled === undefined ? "" : ` ${titled}`})`;
  if (block.caption === undefined) return image;
  return `${image}\n${renderInline(block.caption, { blockStart: false, textFilter, family })}`;
}
