import { type Article, excerpt, wordCount } from "@broadsheet/article";
import { escapeHtml } from "./floor-body.js";

/** The site a floor page belongs to: its origin for absolute URLs and its name. */
export interface FloorSite {
  origin: string;
  name: string;
}

const meta = (property: string, content: string) =>
  `<meta property="${property}" content="${escapeHtml(content)}">`;

/** JSON for a `<script>` element: `<` escaped so no value can close it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function newsArticle(article: Article, site: FloorSite, url: string, image: string) {
  const authors = article.author ?? [];
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    url,
    headline: article.headline,
    description: excerpt(article),
    image: [image],
    datePublished: article.datePublished,
    dateModified: article.dateModified ?? article.datePublished,
    ...(authors.length > 0
      ? { author: authors.map((a) => ({ "@type": "Person", name: a.name, url: a.url })) }
      : {}),
    ...(article.dateline
      ? { locationCreated: { "@type": "Place", name: article.dateline.place } }
      : {}),
    articleSection: article.articleSection,
    keywords: article.keywords?.join(", "),
    inLanguage: article.inLanguage ?? "en",
    wordCount: wordCount(article),
    publisher: { "@type": "Organization", name: site.name, url: `${site.origin}/` },
  };
}

/**
 * What a careful person writes by hand in an article page's `<head>` for search engines, social
 * cards and feed readers, as issue 5 asks of the site: title, description, canonical URL, the
 * feeds and the Markdown alternate, OpenGraph (article, times, section, tags, image with its
 * size and alt), a Twitter card and JSON-LD `NewsArticle` — each once, nothing more.
 */
export function floorHead(article: Article, site: FloorSite): string {
  const url = `${site.origin}/articles/${article.slug}`;
  const image = `${site.origin}/og/${article.slug}.png`;
  const description = excerpt(article);
  return [
    `<title>${escapeHtml(article.headline)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<link rel="canonical" href="${url}">`,
    `<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="${site.name}">`,
    `<link rel="alternate" type="application/feed+json" href="/feed.json" title="${site.name}">`,
    `<link rel="alternate" type="text/markdown" href="${url}.md">`,
    meta("og:type", "article"),
    meta("og:title", article.headline),
    meta("og:description", description),
    meta("og:url", url),
    meta("og:site_name", site.name),
    meta("og:image", image),
    meta("og:image:width", "1200"),
    meta("og:image:height", "630"),
    meta("og:image:alt", article.headline),
    article.datePublished ? meta("article:published_time", article.datePublished) : "",
    article.dateModified ? meta("article:modified_time", article.dateModified) : "",
    article.articleSection ? meta("article:section", article.articleSection) : "",
    ...(article.keywords ?? []).map((keyword) => meta("article:tag", keyword)),
    '<meta name="twitter:card" content="summary_large_image">',
    `<script type="application/ld+json">${scriptJson(newsArticle(article, site, url, image))}</script>`,
  ].join("");
}
