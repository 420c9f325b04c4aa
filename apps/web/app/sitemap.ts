import type { MetadataRoute } from "next";
import { laterPageParams, listingPagePath } from "@/lib/pagination";
import { articlePath, sectionPath } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { siteIndex } from "@/lib/site-content";

export const dynamic = "force-static";

function listingPages(base: string, count: number): MetadataRoute.Sitemap {
  return laterPageParams(count).map(({ page }) => ({
    url: absoluteUrl(listingPagePath(base, Number(page))),
  }));
}

/**
 * The front page and its later pages, every section and its later pages, and every article with
 * its last modification.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { articles, sections, bySection } = await siteIndex();
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
