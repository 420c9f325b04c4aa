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

/** The `<meta>` contents by lowercased `property` and `name`, the first of each, and every tag. */
interface MetaTags {
  first: Map<string, string>;
  tags: string[];
}

function readMetaTags(document: Document): MetaTags {
  const first = new Map<string, string>();
  const tags: string[] = [];
  for (const element of document.getElementsByTagName("meta")) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    for (const key of [element.getAttribute("property"), element.getAttribute("name")]) {
      const name = key?.trim().toLowerCase();
      if (!name) continue;
      if (name === "article:tag") tags.push(content);
      if (!first.has(name)) first.set(name, content);
    }
  }
  return { first, tags };
}

function meta(tags: MetaTags, ...names: string[]): string | undefined {
  for (const name of names) {
    const content = tags.first.get(name);
    if (content) return content;
  }
  return undefined;
}

function firstTime(document: Document): string | undefined {
  const times = [...document.getElementsByTagName("time")].filter((time) =>
    time.hasAttribute("datetime"),
  );
  const time =
    times.find((element) => element.hasAttribute("pubdate")) ??
    times.find((element) => element.getAttribute("itemprop") === "datePublished") ??
    times.find((element) => element.closest("article") !== null) ??
    times[0];
  return time?.getAttribute("datetime") ?? undefined;
}

function keywords(tags: MetaTags): string[] {
  if (tags.tags.length > 0) return tags.tags;
  return (meta(tags, "keywords", "news_keywords") ?? "")
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean);
}

function firstWith(
  document: Document,
  tag: string,
  test: (element: Element) => boolean,
): Element | undefined {
  for (const element of document.getElementsByTagName(tag)) if (test(element)) return element;
  return undefined;
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
  const tags = readMetaTags(document);
  const author = meta(tags, "author", "article:author", "parsely-author", "dc.creator");
  const canonical = firstWith(document, "link", (link) =>
    (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  return {
    title:
      meta(tags, "og:title", "twitter:title") ??
      ld?.headline ??
      document.getElementsByTagName("title")[0]?.textContent ??
      undefined,
    alternativeHeadline: ld?.alternativeHeadline,
    description:
      meta(tags, "og:description", "description", "twitter:description") ?? ld?.description,
    author: (isUrl(author) ? undefined : author) ?? ld?.author,
    datePublished:
      meta(tags, "article:published_time", "parsely-pub-date", "date") ??
      ld?.datePublished ??
      firstTime(document),
    dateModified: meta(tags, "article:modified_time", "og:updated_time") ?? ld?.dateModified,
    articleSection: meta(tags, "article:section") ?? ld?.articleSection,
    keywords: keywords(tags),
    lang: document.documentElement?.getAttribute("lang") ?? undefined,
    canonical: canonical?.getAttribute("href") ?? meta(tags, "og:url"),
    base:
      firstWith(document, "base", (base) => base.hasAttribute("href"))?.getAttribute("href") ??
      undefined,
  };
}
