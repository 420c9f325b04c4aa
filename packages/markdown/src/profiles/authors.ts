import type { Article } from "@broadsheet/article";

/** The authors' names. */
export function authorNames(article: Pick<Article, "author">): string[] {
  return (article.author ?? []).map((author) => author.name);
}

/** Author names from front matter (one name or a list of them) as model authors. */
export function authorsFromNames(value: unknown): unknown {
  if (value === undefined) return undefined;
  const names = Array.isArray(value) ? value : [value];
  return names.map((name) => ({ name }));
}
