import type { ContentError } from "./content-error.js";
import type { LoadedArticle } from "./content-result.js";

/**
 * Keeps the first article for each slug and id, in the given order, and turns every later one
 * into an error that names both files (slugs become URLs and ids identify articles, so neither
 * may repeat).
 */
export function rejectDuplicates<
  T extends { file: string; article: Pick<LoadedArticle["article"], "slug" | "id"> },
>(
  loaded: readonly T[],
): {
  articles: T[];
  errors: ContentError[];
} {
  const slugs = new Map<string, string>();
  const ids = new Map<string, string>();
  const articles: T[] = [];
  const errors: ContentError[] = [];
  for (const entry of loaded) {
    const { slug, id } = entry.article;
    const slugOwner = slugs.get(slug);
    const idOwner = ids.get(id);
    if (slugOwner !== undefined) {
      errors.push({
        file: entry.file,
        path: "slug",
        code: "duplicate",
        message: `"${slug}" is also the slug of ${slugOwner}; give one of them another slug`,
      });
    } else if (idOwner !== undefined) {
      errors.push({
        file: entry.file,
        path: "id",
        code: "duplicate",
        message: `"${id}" is also the id of ${idOwner}; give one of them another id`,
      });
    } else {
      slugs.set(slug, entry.file);
      ids.set(id, entry.file);
      articles.push(entry);
    }
  }
  return { articles, errors };
}
