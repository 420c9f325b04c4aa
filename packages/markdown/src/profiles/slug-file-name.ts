import type { Article } from "@broadsheet/article";

/** `<slug>.md`, the file name most profiles use. */
export function slugFileName(article: Pick<Article, "slug">): string {
  return `${article.slug}.md`;
}
