import { listingPagePath, pageAfterFirst } from "@/lib/pagination";
import { articlePath, sectionPath } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import type { SiteIndex } from "@/lib/site-index";

/** One page of the site as a sitemap lists it. */
export interface SitemapEntry {
  url: string;
  /** ISO 8601. */
  lastModified?: string;
}

/** URLs one sitemap file may list (the sitemaps.org protocol's limit). */
export const SITEMAP_URL_LIMIT = 50_000;

/** The numbered pages holding articles the listing's first page does not show. */
function listingPages(base: string, count: number): SitemapEntry[] {
  return Array.from({ length: pageAfterFirst(count) ?? 0 }, (_, index) => ({
    url: absoluteUrl(listingPagePath(base, index + 1)),
  }));
}

/**
 * The front page and its older pages, every section and its older pages, and every article with
 * its last modification.
 */
export function sitemapEntries({ articles, sections, bySection }: SiteIndex): SitemapEntry[] {
  const newest = articles[0]?.dateModified ?? articles[0]?.datePublished;
  return [
    { url: absoluteUrl("/"), ...(newest ? { lastModified: newest } : {}) },
    ...listingPages("/", articles.length),
    ...sections.flatMap((section) => [
      { url: absoluteUrl(sectionPath(section.slug)) },
      ...listingPages(sectionPath(section.slug), bySection.get(section.slug)?.length ?? 0),
    ]),
    ...articles.map((article) => {
      const lastModified = article.dateModified ?? article.datePublished;
      return {
        url: article.url ?? absoluteUrl(articlePath(article.slug)),
        ...(lastModified ? { lastModified } : {}),
      };
    }),
  ];
}

/** The entries split into sitemap files of at most {@link SITEMAP_URL_LIMIT} URLs (at least one). */
export function sitemapParts(entries: readonly SitemapEntry[]): SitemapEntry[][] {
  const parts: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += SITEMAP_URL_LIMIT) {
    parts.push(entries.slice(start, start + SITEMAP_URL_LIMIT));
  }
  return parts.length > 0 ? parts : [[]];
}

/** The path of sitemap file number `number` (from 1). */
export function sitemapPartPath(number: number): string {
  return `/sitemaps/${number}.xml`;
}
