import type { Article, Paragraph, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { printedDate } from "./printed-date.js";

const SEPARATOR = " · ";

/**
 * The byline as a paragraph: each author (linked to their page when there is one) with their
 * role, then the publication date: `[Ann Reporter](…), Correspondent · March 3, 2025`.
 */
export function bylineParagraph(article: Article): Paragraph | undefined {
  const parts: Span[][] = (article.author ?? []).map((author) => [
    author.url === undefined ? { text: author.name } : { text: author.name, href: author.url },
    ...(author.role === undefined ? [] : [{ text: `, ${author.role}` }]),
  ]);
  if (article.datePublished !== undefined) {
    parts.push([{ text: printedDate(article.datePublished, article.inLanguage) }]);
  }
  if (parts.length === 0) return undefined;
  const content = parts.flatMap((part, index) =>
    index === 0 ? part : [{ text: SEPARATOR }, ...part],
  );
  return { type: "paragraph", content: normalizeInline(content) };
}
