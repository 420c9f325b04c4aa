import { readJsonLd } from "./read-json-ld.js";

/** What a page says about its article in its `<head>` and markup, as raw text. */
export interface PageMetadata {
  title?: string;
  alternativeHeadline?: string;
  description?: string;
  author?: string;
  datePublished?: string;
  dateModified?: string;
  articleSection?: string;
  keywords: string[];
  lang?: string;
  canonical?: string;
  base?: string;
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

function firstTime(document: Document): string | undefined {
  const time =
    document.querySelector("time[pubdate][datetime]") ??
    document.querySelector('time[itemprop="datePublished"][datetime]') ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return time?.getAttribute("datetime") ?? undefined;
}

function keywords(document: Document): string[] {
  const tags = [...document.querySelectorAll('meta[property="article:tag"]')]
    .map((element) => element.getAttribute("content")?.trim() ?? "")
    .filter(Boolean);
  if (tags.length > 0) return tags;
  return (meta(document, "keywords", "news_keywords") ?? "")
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean);
}

const isUrl = (text: string | undefined) => text !== undefined && /^https?:\/\//i.test(text);

/**
 * The page's own account of its article, read before the main text is extracted (which changes
 * the document): Open Graph and `article:` properties, `<meta>` names, the first schema.org
 * article in its JSON-LD, the first `<time datetime>`, `<html lang>`, the canonical link and
 * `<base href>`.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const ld = readJsonLd(document);
  const author = meta(document, "author", "article:author", "parsely-author", "dc.creator");
  return {
    title:
      meta(document, "og:title", "twitter:title") ??
      ld?.headline ??
      document.querySelector("title")?.textContent ??
      undefined,
    alternativeHeadline: ld?.alternativeHeadline,
    description:
      meta(document, "og:description", "description", "twitter:description") ?? ld?.description,
    author: (isUrl(author) ? undefined : author) ?? ld?.author,
    datePublished:
      meta(document, "article:published_time", "parsely-pub-date", "date") ??
      ld?.datePublished ??
      firstTime(document),
    dateModified: meta(document, "article:modified_time", "og:updated_time") ?? ld?.dateModified,
    articleSection: meta(document, "article:section") ?? ld?.articleSection,
    keywords: keywords(document),
    lang: document.documentElement?.getAttribute("lang") ?? undefined,
    canonical:
      document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
      meta(document, "og:url"),
    base: document.querySelector("base[href]")?.getAttribute("href") ?? undefined,
  };
}
