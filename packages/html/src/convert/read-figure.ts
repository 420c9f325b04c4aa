import type { Inline } from "@broadsheet/article";
import type { ConvertContext } from "./convert-context.js";
import { EMBEDS } from "./element-kinds.js";
import { inlineLabel, labelText } from "./label-text.js";
import { readBlockquote } from "./read-blockquote.js";
import { readEmbed } from "./read-embed.js";
import { readBlocks } from "./read-flow.js";
import { readImage } from "./read-image.js";
import { pushAll, readInline } from "./read-inline.js";

const CREDIT_CLASS = /credit|copyright|photographer|attribution|byline|source/i;

interface Caption {
  content: Inline | undefined;
  credit: string | undefined;
}

function findCredit(caption: Element): Element | undefined {
  for (const element of caption.querySelectorAll("*")) {
    const name = element.localName.toLowerCase();
    if (name === "small" || CREDIT_CLASS.test(element.getAttribute("class") ?? "")) return element;
  }
  return undefined;
}

function readCaption(
  caption: Element | undefined,
  context: ConvertContext,
): Caption & { rest: ReturnType<typeof readInline>["rest"] } {
  if (!caption) return { content: undefined, credit: undefined, rest: [] };
  const creditElement = findCredit(caption);
  const credit = labelText(creditElement?.textContent, context);
  const skipping = creditElement ? { ...context, skip: new Set<Node>([creditElement]) } : context;
  const { content, rest } = readInline(caption, skipping);
  return { content, credit, rest };
}

function textOutside(figure: Element, caption: Element | undefined): boolean {
  for (let node = figure.firstChild; node; node = node.nextSibling) {
    if (node === caption) continue;
    if ((node.textContent ?? "").trim() !== "") return true;
  }
  return false;
}

/**
 * A `<figure>`: its images as image blocks with the `<figcaption>` as the last one's caption (a
 * part of it classed as a credit, or its `<small>`, as the credit); a quote with the caption as
 * its attribution; an embed with the caption as its fallback. A figure holding other text is
 * read as the blocks it holds.
 */
export function readFigure(figure: Element, context: ConvertContext): void {
  const captionElement = figure.querySelector("figcaption") ?? undefined;
  const images = [...figure.querySelectorAll("img")].filter(
    (image) => !captionElement?.contains(image),
  );
  if (textOutside(figure, captionElement)) {
    const quote = [...figure.children].find(
      (child) => child.localName.toLowerCase() === "blockquote",
    );
    if (quote && images.length === 0) {
      const attribution = labelText(
        captionElement?.textContent?.replace(/^\s*[—―–-]\s*/, ""),
        context,
      );
      readBlockquote(quote, context, attribution);
    } else {
      pushAll(context.blocks, readBlocks(figure, context));
    }
    return;
  }
  const caption = readCaption(captionElement, context);
  if (images.length === 0) {
    const embed = [...figure.querySelectorAll("*")].find((element) =>
      EMBEDS.has(element.localName.toLowerCase()),
    );
    if (embed) readEmbed(embed, context, inlineLabel(caption.content, context));
    else pushAll(context.blocks, readBlocks(figure, context));
    return;
  }
  let captioned = false;
  images.forEach((element, index) => {
    const last = index === images.length - 1;
    const image = last
      ? readImage(element, context, caption.content, caption.credit)
      : readImage(element, context);
    if (image) context.blocks.push(image);
    captioned = last && image !== undefined;
  });
  if (!captioned && caption.content) {
    context.blocks.push({ type: "paragraph", content: caption.content });
  }
  pushAll(context.blocks, caption.rest);
}
