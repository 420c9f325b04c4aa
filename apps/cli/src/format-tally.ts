import type { ContentError } from "@broadsheet/content";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The last line of `validate`: `3 of 4 articles valid; 2 errors in 1 file`, or `4 articles
 * valid`, or `no article files found`.
 */
export function formatTally(result: {
  files: readonly unknown[];
  articles: readonly unknown[];
  errors: readonly ContentError[];
}): string {
  const checked = result.files.length;
  const valid = result.articles.length;
  if (checked === 0 && result.errors.length === 0) {
    return "no article files found (.md, .markdown, .txt or .json)";
  }
  const head =
    valid === checked
      ? `${plural(valid, "article", "articles")} valid`
      : `${valid} of ${plural(checked, "article", "articles")} valid`;
  if (result.errors.length === 0) return head;
  const failing = new Set(result.errors.map((error) => error.file)).size;
  return `${head}; ${plural(result.errors.length, "error", "errors")} in ${plural(failing, "file", "files")}`;
}
