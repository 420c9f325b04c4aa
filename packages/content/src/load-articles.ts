import { compareArticles } from "./compare-articles.js";
import type { ContentResult, LoadedArticle } from "./content-result.js";
import { expandArticlePaths } from "./expand-article-paths.js";
import { listArticleFiles } from "./list-article-files.js";
import { loadArticleFile } from "./load-article-file.js";
import { mapWithLimit } from "./map-with-limit.js";
import { rejectDuplicates } from "./reject-duplicates.js";

const FILES_AT_ONCE = 16;

/**
 * Loads articles from files and folders (each folder's article files, not its subfolders, as
 * {@link listArticleFiles} finds them). A file named twice is read once. Every file is read even
 * when others fail; slugs and ids must be unique across all of them. Never throws.
 */
export async function loadArticles(paths: readonly string[]): Promise<ContentResult> {
  const { files, errors } = await expandArticlePaths(paths);
  const results = await mapWithLimit(files, FILES_AT_ONCE, loadArticleFile);
  const loaded: LoadedArticle[] = [];
  for (const result of results) {
    if (result.ok) loaded.push({ file: result.file, article: result.article });
    else errors.push(...result.errors);
  }
  const unique = rejectDuplicates(loaded);
  errors.push(...unique.errors);
  const order = new Map(files.map((file, index) => [file, index]));
  errors.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  return { articles: unique.articles.sort(compareArticles), errors, files };
}
