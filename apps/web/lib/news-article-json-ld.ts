import { type Article, excerpt, wordCount } from "@broadsheet/article";
import { articlePath, ogImagePath } from "./paths";
import { absoluteUrl, SITE_NAME } from "./site";

/**
 * schema.org `NewsArticle` structured data for an article, as Google recommends it. The page's
 * URL is `url` (Google reads no `mainEntityOfPage` for articles); an article without a byline
 * has no `author` rather than an empty list.
 */
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const url = article.url ?? absoluteUrl(articlePath(article.slug));
  const images = [
    ...(article.image ? [article.image.url] : []),
    absoluteUrl(ogImagePath(article.slug)),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    url,
    headline: article.headline,
    ...(article.alternativeHeadline ? { alternativeHeadline: article.alternativeHeadline } : {}),
    description: excerpt(article),
    image: images,
    ...(article.datePublished ? { datePublished: article.datePublished } : {}),
    ...(article.dateModified || article.datePublished
      ? { dateModified: article.dateModified ?? article.datePublished }
      : {}),
    ...(article.author && article.author.length > 0
      ? {
          author: article.author.map((author) => ({
            "@type": "Person",
            name: author.name,
            ...(author.url ? { url: author.url } : {}),
            ...(author.role ? { jobTitle: author.role } : {}),
          })),
        }
      : {}),
    ...(article.dateline
      ? { locationCreated: { "@type": "Place", name: article.dateline.place } }
      : {}),
    ...(article.articleSection ? { articleSection: article.articleSection } : {}),
    ...(article.keywords ? { keywords: article.keywords.join(", ") } : {}),
    inLanguage: article.inLanguage ?? "en",
    wordCount: wordCount(article),
    publisher: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
    ...(article.copyrightHolder
      ? { copyrightHolder: { "@type": "Organization", name: article.copyrightHolder } }
      : {}),
    ...(article.license ? { license: article.license } : {}),
    ...(article.citation
      ? {
          citation: article.citation.map((c) => ({
            "@type": "CreativeWork",
            name: c.name,
            ...(c.url ? { url: c.url } : {}),
          })),
        }
      : {}),
  };
}
