import type { Article, Paragraph } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * The closing attribution line, in italics, its name linked to the canonical URL:
 * `*Originally published in [Name](url).*`; with `true`, `*Originally published at
 * [host](url).*` (nothing when the article has no URL).
 */
export function attributionParagraph(
  article: Pick<Article, "url">,
  attribution: string | true,
): Paragraph | undefined {
  const name = attribution === true ? article.url && hostOf(article.url) : attribution;
  if (!name) return undefined;
  const lead = attribution === true ? "Originally published at " : "Originally published in ";
  const named = article.url === undefined ? { text: name } : { text: name, href: article.url };
  return {
    type: "paragraph",
    content: normalizeInline([
      { text: lead, marks: ["em"] },
      { ...named, marks: ["em"] },
      { text: ".", marks: ["em"] },
    ]),
  };
}
