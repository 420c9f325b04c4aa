import type { Article, Block } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { withDateline } from "../with-dateline.js";
import { attributionParagraph } from "./attribution-paragraph.js";
import { imageWithCaption } from "./image-with-caption.js";
import { mapInline } from "./map-inline.js";
import { plainAside } from "./plain-aside.js";
import { unicodeScripts } from "./unicode-scripts.js";

/** How a portable body is made. */
export interface PortableOptions {
  /** `html`: `<sub>`/`<sup>` as the target renders them; `unicode`: see unicodeScripts. */
  scripts: "html" | "unicode";
  /** The closing attribution line (see WriteOptions). */
  attribution?: string | true;
}

function portableBlock(block: Block): Block[] {
  switch (block.type) {
    case "blockquote":
      return [block.style === "pull" ? { ...block, style: "block" } : block];
    case "aside":
      return [plainAside(block)];
    case "image":
      return imageWithCaption(block);
    case "embed":
      return [{ type: "paragraph", content: [{ text: block.fallback, href: block.url }] }];
    case "paragraph":
    case "heading":
    case "list":
    case "divider":
    case "table":
      return [block];
    default: {
      const unhandled: never = block;
      throw new Error(`unhandled block type ${(unhandled as { type: string }).type}`);
    }
  }
}

/**
 * The body in plain Markdown every target renders well, without Broadsheet's conventions: the
 * dateline printed in the lead, pull quotes as block quotes, fact boxes as quotes with a bold
 * title, image captions and credits as an italic line, embeds as a link; then the attribution.
 */
export function portableBody(article: Article, options: PortableOptions): Block[] {
  const lead = article.body.findIndex((block) => block.type === "paragraph");
  let body: Block[] = [];
  article.body.forEach((block, index) => {
    const shown =
      index === lead && block.type === "paragraph" && article.dateline
        ? { ...block, content: normalizeInline(withDateline(block, article.dateline).content) }
        : block;
    for (const written of portableBlock(shown)) body.push(written);
  });
  if (options.attribution !== undefined) {
    const line = attributionParagraph(article, options.attribution);
    if (line) body.push(line);
  }
  if (options.scripts === "unicode") body = body.map((block) => mapInline(block, unicodeScripts));
  return body;
}
