import type { Mark } from "@broadsheet/article";
import { cleanText } from "../clean-text.js";
import { noteDisallowedScheme, resolveUrl } from "../resolve-url.js";
import { DROPPED_SCHEME_ATTRIBUTE } from "../set-aside-unsafe-links.js";
import { type ConvertContext, innerContext, note } from "./convert-context.js";
import {
  CONTAINERS,
  DROPPED,
  EMBEDS,
  MARK_OF_ELEMENT,
  SILENT,
  UNMARKED_FORMATTING,
} from "./element-kinds.js";
import { InlineRun } from "./inline-run.js";
import { readAside } from "./read-aside.js";
import { readBlockquote } from "./read-blockquote.js";
import { readDefinitionList } from "./read-definition-list.js";
import { readEmbed } from "./read-embed.js";
import { readFigure } from "./read-figure.js";
import { readHeading } from "./read-heading.js";
import { readImage } from "./read-image.js";
import { readList } from "./read-list.js";
import { readPreformatted } from "./read-preformatted.js";
import { readTable } from "./read-table.js";

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Ends the paragraph being read: its content, if any, becomes a paragraph block. */
export function flush(context: ConvertContext, run: InlineRun): void {
  const content = run.take();
  if (content) context.blocks.push({ type: "paragraph", content });
}

function withMark(context: ConvertContext, mark: Mark): ConvertContext {
  const { marks, href } = context.format;
  if (marks.includes(mark)) return context;
  return { ...context, format: { marks: [...marks, mark], href } };
}

function withLink(context: ConvertContext, element: Element): ConvertContext {
  const where = { element: "a", notes: context.notes, block: context.at() };
  const dropped = element.getAttribute(DROPPED_SCHEME_ATTRIBUTE);
  if (dropped) noteDisallowedScheme(dropped, "link", where);
  const href = resolveUrl(element.getAttribute("href"), context.base, "link", where);
  if (href === undefined) return context;
  return { ...context, format: { marks: context.format.marks, href } };
}

function dropElement(name: string, element: Element, context: ConvertContext): void {
  if (name === "script" || name === "style") {
    note(context, name, `Dropped a <${name}> element.`);
  } else if ((element.textContent ?? "").trim() !== "") {
    note(
      context,
      "dropped-element",
      `Dropped a <${name}> element and the text in it; the model has no place for it.`,
    );
  } else {
    note(context, "dropped-element", `Dropped a <${name}> element; the model has no place for it.`);
  }
}

/** The context an inline element puts in force for what it holds: its mark or link. */
function inlineContext(name: string, element: Element, context: ConvertContext): ConvertContext {
  const mark = MARK_OF_ELEMENT[name];
  if (mark !== undefined) return withMark(context, mark);
  if (name === "a") return withLink(context, element);
  if (UNMARKED_FORMATTING.has(name)) {
    note(
      context,
      "formatting-dropped",
      `Kept the text of <${name}> without its formatting; the model has no mark for it.`,
    );
  }
  return context;
}

/** Reads one element where running text is read; block elements end the paragraph before them. */
function readElement(element: Element, context: ConvertContext, run: InlineRun): void {
  const name = element.localName.toLowerCase();
  if (name === "br") {
    run.lineBreak(context.format);
  } else if (DROPPED.has(name) || element.hasAttribute("hidden")) {
    dropElement(name, element, context);
  } else if (!SILENT.has(name)) {
    const block = blockReader(name);
    if (block !== undefined || CONTAINERS.has(name)) flush(context, run);
    if (block !== undefined) block(element, context);
    else readFlow(element, inlineContext(name, element, context), run);
    if (CONTAINERS.has(name)) flush(context, run);
  }
}

type BlockReader = (element: Element, context: ConvertContext) => void;

function blockReader(name: string): BlockReader | undefined {
  if (/^h[1-6]$/.test(name)) return readHeading;
  if (EMBEDS.has(name)) return readEmbed;
  switch (name) {
    case "img":
      return (element, context) => {
        const image = readImage(element, context);
        if (image) context.blocks.push(image);
      };
    case "ul":
    case "ol":
      return readList;
    case "dl":
      return readDefinitionList;
    case "blockquote":
      return (element, context) => readBlockquote(element, context, undefined);
    case "figure":
      return readFigure;
    case "table":
      return readTable;
    case "pre":
      return readPreformatted;
    case "hr":
      return (_element, context) => {
        context.blocks.push({ type: "divider" });
      };
    case "aside":
      return readAside;
    default:
      return undefined;
  }
}

/** Reads one node of running text: its text, or the element as {@link readFlow} reads it. */
export function readNode(node: Node, context: ConvertContext, run: InlineRun): void {
  if (context.skip?.has(node)) return;
  if (node.nodeType === TEXT_NODE) {
    run.text(cleanText((node as Text).data, context.notes, context.at()), context.format);
  } else if (node.nodeType === ELEMENT_NODE) {
    readElement(node as Element, context, run);
  }
}

/**
 * Reads what `parent` holds as running text and blocks: text and inline elements go into `run`
 * with their marks and links, and each block element ends the paragraph in `run` and adds its
 * blocks to `context.blocks`.
 */
export function readFlow(parent: Node, context: ConvertContext, run: InlineRun): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) readNode(node, context, run);
}

/** Reads `parent`'s content into blocks of their own, at the same position in the body. */
export function readBlocks(parent: Node, context: ConvertContext): ConvertContext["blocks"] {
  const inner = innerContext(context);
  const run = new InlineRun();
  readFlow(parent, inner, run);
  flush(inner, run);
  return inner.blocks;
}
