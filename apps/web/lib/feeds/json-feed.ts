import { excerpt } from "@broadsheet/article";
import { articlePath, JSON_FEED_PATH } from "@/lib/paths";
import { absoluteUrl, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from "@/lib/site";
import type { FeedItem } from "./feed-item";

/** A JSON Feed 1.1 document of the items (newest first), each with its full content. */
export function jsonFeed(items: readonly FeedItem[]): Record<string, unknown> {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    home_page_url: absoluteUrl("/"),
    feed_url: absoluteUrl(JSON_FEED_PATH),
    language: SITE_LANGUAGE,
    items: items.map(({ article, html }) => {
      const url = article.url ?? absoluteUrl(articlePath(article.slug));
      return {
        id: url,
        url,
        title: article.headline,
        content_html: html,
        summary: excerpt(article),
        ...(article.image ? { image: article.image.url } : {}),
        ...(article.datePublished ? { date_published: article.datePublished } : {}),
        ...(article.dateModified ? { date_modified: article.dateModified } : {}),
        authors: (article.author ?? []).map((a) => ({
          name: a.name,
          ...(a.url ? { url: a.url } : {}),
        })),
        tags: [article.articleSection, ...(article.keywords ?? [])].filter(Boolean),
        language: article.inLanguage ?? SITE_LANGUAGE,
      };
    }),
  };
}
