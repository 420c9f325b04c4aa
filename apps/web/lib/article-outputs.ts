import type { Article } from "@broadsheet/article";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import {
  articlePlanFile,
  exportFolder,
  hasArticleOutputs,
  writeArticlePlan,
} from "@/scripts/article-outputs.mjs";
import { buildCacheDir, digestOf } from "@/scripts/build-cache.mjs";
import { siteCodeDigest } from "@/scripts/site-code-digest.mjs";
import type { Section } from "./sections";
import { siteOrigin } from "./site";
import { siteIndex } from "./site-content";

/**
 * The key of an article's page, Markdown alternate and image: the site's code, its origin, its
 * sections (every page's navigation lists them) and the whole article.
 */
export function articleOutputKey(
  article: Article,
  sections: readonly Section[],
  codeDigest: string = siteCodeDigest(),
): string {
  return digestOf([codeDigest, siteOrigin(), JSON.stringify(sections), JSON.stringify(article)]);
}

let choosing: Promise<Article[]> | undefined;

async function chooseArticlesToRender(): Promise<Article[]> {
  const { articles, sections } = await siteIndex();
  if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) return articles;
  const cacheDir = buildCacheDir();
  const keyed = articles.map((article) => ({ article, key: articleOutputKey(article, sections) }));
  const plan = keyed.map(({ article, key }) => ({ slug: article.slug, key }));
  await writeArticlePlan(articlePlanFile(cacheDir, exportFolder()), plan);
  const missing = keyed.filter(({ key }) => !hasArticleOutputs(cacheDir, key));
  return missing.length > 0 ? missing.map(({ article }) => article) : articles.slice(0, 1);
}

/**
 * The articles whose page, Markdown and image this process renders. In `next build`, those the
 * build cache lacks (at least one, since Next needs a page for each route), after listing every
 * article with its key for the export step, which copies the others from the cache; otherwise
 * (`next dev`) every article. Chosen once per process.
 */
export function articlesToRender(): Promise<Article[]> {
  choosing ??= chooseArticlesToRender();
  return choosing;
}
