import { stat } from "node:fs/promises";
import type { Article } from "@broadsheet/article";
import {
  formatContentError,
  indexArticles as indexContent,
  indexFileFor,
} from "@broadsheet/content";
import { siteCodeDigest } from "@/scripts/site-code-digest.mjs";
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

/**
 * The site's own index of a content folder, beside the command line's (`<name>-site.sqlite`):
 * it is written by the site's code, whose digest names it, so the two never rebuild each
 * other's.
 */
function siteIndexFile(dir: string): string {
  return indexFileFor(dir).replace(/\.sqlite$/, "-site.sqlite");
}

/**
 * Loads a content folder for the site through its content index (a file unchanged since an
 * earlier build is not parsed again), rejecting with the formatted errors if any file fails.
 */
export async function loadSiteArticles(dir: string): Promise<Article[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new Error(
      `Broadsheet: the content folder ${dir} is not a folder; set BROADSHEET_CONTENT`,
    );
  }
  const content = await indexContent([dir], {
    codeVersion: `site-${siteCodeDigest()}`,
    indexFile: siteIndexFile(dir),
  });
  try {
    const errors = [...content.pathErrors, ...content.errors];
    if (errors.length > 0) {
      const lines = errors.map(formatContentError).join("\n");
      throw new Error(
        `Broadsheet: ${errors.length} problem(s) in the content folder ${dir}; fix them to build the site:\n${lines}`,
      );
    }
    if (content.articles.length === 0) throw new Error(`Broadsheet: no articles in ${dir}`);
    return content.articles.map((entry) => content.article(entry.file));
  } finally {
    content.close();
  }
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
