import { type Article, excerpt } from "@broadsheet/article";
import type { Metadata } from "next";
import { withFeedAlternates } from "./feed-alternates";
import { articlePath, markdownPath, ogImagePath } from "./paths";
import { SITE_NAME } from "./site";

const LANGUAGE_SCRIPT_REGION = /^([a-z]{2,3})(?:-[a-z]{4})?-([a-z]{2})$/i;

/**
 * OpenGraph's `og:locale` (`language_TERRITORY`, e.g. `en_GB`) for a language tag that names a
 * two-letter region, with or without a script (`zh-Hant-TW` → `zh_TW`), in any case; nothing for
 * a bare language such as `en` or a numeric region such as `es-419`, which OpenGraph has no form
 * for.
 */
export function openGraphLocale(language: string | undefined): { locale?: string } {
  const match = language ? LANGUAGE_SCRIPT_REGION.exec(language) : null;
  if (!match?.[1] || !match[2]) return {};
  return { locale: `${match[1].toLowerCase()}_${match[2].toUpperCase()}` };
}

/**
 * The page metadata of an article: title, description, canonical, OpenGraph and Twitter card.
 * The card names only its kind: X reads title, description and image from the OpenGraph tags
 * when no `twitter:` ones are given (Next.js copies them into `twitter:` tags all the same; the
 * export step drops those copies, `scripts/drop-twitter-duplicates.mjs`). No `keywords` meta either (search engines ignore it); the
 * keywords are the OpenGraph `article:tag`s and the JSON-LD `keywords`.
 */
export function articleMetadata(article: Article): Metadata {
  const description = excerpt(article);
  const canonical = article.url ?? articlePath(article.slug);
  const image = {
    url: ogImagePath(article.slug),
    width: 1200,
    height: 630,
    alt: article.headline,
  };
  const authors = (article.author ?? []).map((author) => author.name);
  return {
    title: article.headline,
    description,
    ...(authors.length > 0
      ? { authors: (article.author ?? []).map((a) => ({ name: a.name, url: a.url })) }
      : {}),
    alternates: withFeedAlternates({
      canonical,
      types: {
        "text/markdown": [{ url: markdownPath(article.slug), title: "This article as Markdown" }],
      },
    }),
    openGraph: {
      type: "article",
      siteName: SITE_NAME,
      url: canonical,
      title: article.headline,
      description,
      ...openGraphLocale(article.inLanguage),
      ...(article.datePublished ? { publishedTime: article.datePublished } : {}),
      ...(article.dateModified ? { modifiedTime: article.dateModified } : {}),
      ...(article.articleSection ? { section: article.articleSection } : {}),
      ...(article.keywords ? { tags: article.keywords } : {}),
      ...(authors.length > 0 ? { authors } : {}),
      images: [image],
    },
    twitter: { card: "summary_large_image" },
  };
}
