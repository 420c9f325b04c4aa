import type { Article } from "@broadsheet/article";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import {
  type ArticleOutputs,
  articlePlanFile,
  exportFolder,
  hasArticleOutputs,
  writeArticlePlan,
} from "@/scripts/article-outputs.mjs";
import { buildCacheDir, digestOf } from "@/scripts/build-cache.mjs";
import { siteCodeDigest } from "@/scripts/site-code-digest.mjs";
import { type Listing, listingPages } from "./listing";
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

/**
 * The key of a listing page: the site's code, origin and sections, where the page is and links
 * to, and the output key of each article on it (whose card it shows).
 */
export function listingOutputKey(
  listing: Listing,
  articleKeys: ReadonlyMap<string, string>,
  sections: readonly Section[],
  codeDigest: string = siteCodeDigest(),
): string {
  const { articles, ...frame } = listing;
  return digestOf([
    codeDigest,
    siteOrigin(),
    JSON.stringify(sections),
    JSON.stringify(frame),
    ...articles.map((article) => articleKeys.get(article.slug) ?? ""),
  ]);
}

/** The pages this process renders: articles, and listing pages other than the front page. */
interface RenderPlan {
  articles: Article[];
  listings: Listing[];
}

let planning: Promise<RenderPlan> | undefined;

/** A listing page's path in the export, without `.html`: `page/3`, `section/world/page/2`. */
function exportPathOf(listing: Listing): string {
  return listing.path.slice(1);
}

async function planRendering(): Promise<RenderPlan> {
  const index = await siteIndex();
  const { articles, sections } = index;
  const listings = listingPages(index);
  if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) return { articles, listings };
  const cacheDir = buildCacheDir();
  const codeDigest = siteCodeDigest();
  const articleKeys = new Map(
    articles.map((article) => [article.slug, articleOutputKey(article, sections, codeDigest)]),
  );
  const keyed: { entry: ArticleOutputs; article?: Article; listing?: Listing }[] = [
    ...articles.map((article) => ({
      entry: { slug: article.slug, key: articleKeys.get(article.slug) ?? "" },
      article,
    })),
    ...listings.map((listing) => ({
      entry: {
        page: exportPathOf(listing),
        key: listingOutputKey(listing, articleKeys, sections, codeDigest),
      },
      listing,
    })),
  ];
  await writeArticlePlan(
    articlePlanFile(cacheDir, exportFolder()),
    keyed.map(({ entry }) => entry),
  );
  const missing = keyed.filter(({ entry }) => !hasArticleOutputs(cacheDir, entry));
  return {
    articles: missing.flatMap(({ article }) => article ?? []),
    listings: missing.flatMap(({ listing }) => listing ?? []),
  };
}

function renderPlan(): Promise<RenderPlan> {
  planning ??= planRendering();
  return planning;
}

/**
 * The articles whose page, Markdown and image this process renders. In `next build`, those the
 * build cache lacks (at least one, since Next needs a page for each route), after listing every
 * article and listing page with its key for the export step, which copies the others from the
 * cache; otherwise (`next dev`) every article. Chosen once per process.
 */
export async function articlesToRender(): Promise<Article[]> {
  const chosen = (await renderPlan()).articles;
  return chosen.length > 0 ? chosen : (await siteIndex()).articles.slice(0, 1);
}

/** The kinds of listing page, one route each. */
export type ListingRoute = "front-numbered" | "section-first" | "section-numbered";

function routeOf(listing: Listing): ListingRoute {
  if (listing.base === "/") return "front-numbered";
  return listing.page === undefined ? "section-first" : "section-numbered";
}

/**
 * The listing pages of one route this process renders: as {@link articlesToRender}, those the
 * build cache lacks in `next build` (at least one), every one otherwise.
 */
export async function listingsToRender(route: ListingRoute): Promise<Listing[]> {
  const chosen = (await renderPlan()).listings.filter((listing) => routeOf(listing) === route);
  if (chosen.length > 0) return chosen;
  const first = listingPages(await siteIndex()).find((listing) => routeOf(listing) === route);
  return first ? [first] : [];
}
