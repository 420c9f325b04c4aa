import type { Article } from "./article.js";
import { inlineText } from "./plain-text.js";

/**
 * A short summary for cards and feeds: the description if there is one, otherwise the first
 * paragraph, cut at a word boundary to at most `maxLength` characters with an ellipsis.
 */
export function excerpt(article: Pick<Article, "body" | "description">, maxLength = 200): string {
  const source =
    article.description ??
    article.body.flatMap((block) =>
      block.type === "paragraph" ? [inlineText(block.content)] : [],
    )[0] ??
    "";
  const text = source.replace(/\s+/g, " ").trim();
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  const cut = characters.slice(0, maxLength - 1).join("");
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > maxLength / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}
