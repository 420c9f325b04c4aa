import type { Article } from "./article.js";
import { inlineText } from "./plain-text.js";
import { slugify } from "./slugify.js";

/** One entry of the table of contents. */
export interface TocEntry {
  /** Index of the heading in `article.body`. */
  block: number;
  level: 2 | 3 | 4;
  text: string;
  /** Anchor id, unique in the article and stable while the heading text is unchanged. */
  id: string;
}

/**
 * The table of contents from the body's headings. Ids are slugs of the heading text; repeats get
 * `-2`, `-3`, … in order, and a heading with no Latin letters gets `section-N`.
 */
export function tableOfContents(article: Pick<Article, "body">): TocEntry[] {
  const used = new Set<string>();
  const entries: TocEntry[] = [];
  article.body.forEach((block, index) => {
    if (block.type !== "heading") return;
    const text = inlineText(block.content);
    const base = slugify(text) || `section-${entries.length + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    entries.push({ block: index, level: block.level, text, id });
  });
  return entries;
}
