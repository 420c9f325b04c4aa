import type { MetadataRoute } from "next";
import { articlePath, sectionPath } from "../lib/paths";
import { sectionsOf } from "../lib/sections";
import { absoluteUrl } from "../lib/site";
import { siteArticles } from "../lib/site-content";

export const dynamic = "force-static";

/** The front page, every section and every article, with its last modification. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await siteArticles();
  const newest = articles[0]?.dateModified ?? articles[0]?.datePublished;
  return [
    { url: absoluteUrl("/"), ...(newest ? { lastModified: newest } : {}) },
    ...sectionsOf(articles).map((section) => ({ url: absoluteUrl(sectionPath(section.slug)) })),
    ...articles.map((article) => {
      const lastModified = article.dateModified ?? article.datePublished;
      return {
        url: article.url ?? absoluteUrl(articlePath(article.slug)),
        ...(lastModified ? { lastModified } : {}),
      };
    }),
  ];
}
