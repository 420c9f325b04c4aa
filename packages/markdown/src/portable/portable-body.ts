import type { Article, AsideBlock, Block, Image, Paragraph } from "@broadsheet/article";
import { assertNever } from "@broadsheet/article";
import { withDateline } from "../dateline-prefix.js";
import { normalizeInline } from "../normalize-inline.js";
import type { WriteOptions } from "../profiles/profile.js";
import { mapInline } from "./map-inline.js";
import { toggleEmphasis, unicodeScripts } from "./plain-inline.js";

/**
 * The closing attribution line, in italics, its name linked to the canonical URL:
 * `*Originally published in [Name](url).*`; with `true`, `*Originally published at
 * [host](url).*` (nothing when the article has no URL).
 */
export function attributionParagraph(
  article: Pick<Article, "url">,
  attribution: string | true,
): Paragraph | undefined {
  let name = attribution;
  if (name === true) {
    try {
      name = new URL(article.url ?? "").host;
    } catch {
      return undefined;
    }
  }
  if (!name) return undefined;
  const lead = attribution === true ? "Originally published at " : "Originally published in ";
  const named = article.url === undefined ? { text: name } : { text: name, href: article.url };
  const content = [{ text: lead }, named, { text: "." }];
  return {
    type: "paragraph",
    content: normalizeInline(content.map((span) => ({ ...span, marks: ["em"] }))),
  };
}

/**
 * The block as plain blocks: a pull quote as a block quote; a fact box as a block quote whose
 * first paragraph is its title in bold (an aside if it holds a list); an image alone, then the
 * caption in italics and the credit as a paragraph of their own; an embed as a link.
 */
function portable(block: Block): Block | Block[] {
  switch (block.type) {
    case "blockquote":
      return block.style === "pull" ? { ...block, style: "block" } : block;
    case "aside": {
      const content: AsideBlock[] = [...block.content];
      if (block.title !== undefined) {
        content.unshift({ type: "paragraph", content: [{ text: block.title, marks: ["strong"] }] });
      }
      if (content.some((child) => child.type !== "paragraph")) return { type: "aside", content };
      const paragraphs = content.map((child) => (child as Paragraph).content);
      return { type: "blockquote", style: "block", paragraphs };
    }
    case "image": {
      const image: Image = { type: "image", src: block.src, alt: block.alt };
      const line = block.caption === undefined ? [] : toggleEmphasis(block.caption);
      if (block.credit !== undefined) {
        line.push({ text: line.length > 0 ? ` ${block.credit}` : block.credit });
      }
      return line.length === 0
        ? image
        : [image, { type: "paragraph", content: normalizeInline(line) }];
    }
    case "embed":
      return { type: "paragraph", content: [{ text: block.fallback, href: block.url }] };
    case "paragraph":
    case "heading":
    case "list":
    case "divider":
    case "table":
      return block;
    default:
      return assertNever(block);
  }
}

/**
 * The body in plain blocks every target renders well (see `portable` above): the dateline in
 * the lead, then the attribution; with `"unicode"`, sub and sup as Unicode (unicodeScripts).
 */
export function portableBody(
  article: Article,
  options: WriteOptions,
  scripts: "html" | "unicode" = "html",
): Block[] {
  const { dateline } = article;
  const lead = dateline ? article.body.findIndex((block) => block.type === "paragraph") : -1;
  const body: Block[] = [];
  article.body.forEach((block, index) => {
    const dated = index === lead && block.type === "paragraph" && dateline;
    const shown = portable(
      dated ? { ...block, content: normalizeInline(withDateline(block, dateline).content) } : block,
    );
    if (Array.isArray(shown)) body.push(...shown);
    else body.push(shown);
  });
  const line = options.attribution && attributionParagraph(article, options.attribution);
  if (line) body.push(line);
  return scripts === "unicode" ? body.map((block) => mapInline(block, unicodeScripts)) : body;
}
