import { type Article, bodyText, minutesForWords, wordCount } from "@broadsheet/article";

/** What the index keeps of a valid article besides the article itself. */
export interface ArticleFacts {
  id: string;
  slug: string;
  headline: string;
  /** The description, shown under the headline and searched with it. */
  dek: string;
  section: string;
  published: string | null;
  /** `published` as milliseconds since the epoch, for ordering; null when undated or unreadable. */
  publishedMs: number | null;
  words: number;
  minutes: number;
  /** Lower-cased text the library's filter looks in: headline, section, kicker, slug, authors. */
  haystack: string;
  /** The body as plain text, for full-text search. */
  body: string;
}

/** The derived facts of a valid article, as the index stores them. */
export function articleFacts(article: Article): ArticleFacts {
  const section = article.articleSection ?? "";
  const authors = (article.author ?? []).map((author) => author.name).join(" ");
  const time = article.datePublished ? Date.parse(article.datePublished) : Number.NaN;
  const words = wordCount(article);
  return {
    id: article.id,
    slug: article.slug,
    headline: article.headline,
    dek: article.description ?? "",
    section,
    published: article.datePublished ?? null,
    publishedMs: Number.isNaN(time) ? null : time,
    words,
    minutes: minutesForWords(words),
    haystack: [article.headline, section, article.kicker ?? "", article.slug, authors]
      .join("\n")
      .toLocaleLowerCase(),
    body: bodyText(article),
  };
}
