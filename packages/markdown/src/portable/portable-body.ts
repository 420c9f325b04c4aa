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

/** Appends the block as plain blocks to `out`. */
function addPortable(out: Block[], block: Block): void {
  switch (block.type) {
    case "blockquote":
      out.push(block.style === "pull" ? { ...block, style: "block" } : block);
      return;
    case "aside":
      out.push(plainAside(block));
      return;
    case "image":
      for (const written of imageWithCaption(block)) out.push(written);
      return;
    case "embed":
      out.push({ type: "paragraph", content: [{ text: block.fallback, href: block.url }] });
      return;
    case "paragraph":
    case "heading":
    case "list":
    case "divider":
    case "table":
      out.push(block);
      return;
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
  for (let index = 0; index < article.body.length; index++) {
    const block = article.body[index] as Block;
    const shown =
      index === lead && block.type === "paragraph" && article.dateline
        ? { ...block, content: normalizeInline(withDateline(block, article.dateline).content) }
        : block;
    addPortable(body, shown);
  }
  if (options.attribution !== undefined) {
    const line = attributionParagraph(article, options.attribution);
    if (line) body.push(line);
  }
  if (options.scripts === "unicode") body = body.map((block) => mapInline(block, unicodeScripts));
  return body;
}
