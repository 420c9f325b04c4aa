import type { Article } from "@broadsheet/article";
import { formatContentError, loadContent } from "@broadsheet/content";
import { contentDir } from "./content-dir";
import { indexArticles, type SiteIndex } from "./site-index";

let loading: Promise<Article[]> | undefined;
let indexing: Promise<SiteIndex> | undefined;

/**
 * Every article of the content folder, newest first. Loaded once per process. Any invalid file
 * rejects with every validation error and its file, so the build fails rather than publishing a
 * site that silently drops an article.
 */
export function siteArticles(): Promise<Article[]> {
  loading ??= loadSiteArticles(contentDir());
  return loading;
}

/** Loads a content folder for the site, rejecting with the formatted errors if any file fails. */
export async function loadSiteArticles(dir: string): Promise<Article[]> {
  const { articles, errors } = await loadContent(dir);
  if (errors.length > 0) {
    const lines = errors.map(formatContentError).join("\n");
    throw new Error(
      `Broadsheet: ${errors.length} problem(s) in the content folder ${dir}; fix them to build the site:\n${lines}`,
    );
  }
  if (articles.length === 0) throw new Error(`Broadsheet: no articles in ${dir}`);
  return articles.map((loaded) => loaded.article);
}

/** The content folder's index (by slug, sections, articles per section), built once per process. */
export function siteIndex(): Promise<SiteIndex> {
  indexing ??= siteArticles().then(indexArticles);
  return indexing;
}

/** The article with a slug, or undefined. */
export async function findArticle(slug: string): Promise<Article | undefined> {
  return (await siteIndex()).bySlug.get(slug);
}
