import type { LoadedArticle } from "@broadsheet/content";
import { readingMinutes } from "../layout/reading-minutes.js";

/** One article of the library view, with what the list shows of it. */
export interface LibraryEntry {
  file: string;
  loaded: LoadedArticle;
  headline: string;
  /** `YYYY-MM-DD` as published (in the article's own offset), or empty when undated. */
  date: string;
  section: string;
  minutes: number;
  /** Lower-cased text the filter looks in: headline, section, kicker, slug, authors. */
  haystack: string;
}

/** The library's entries, in the order given (the content loader's: newest first). */
export function libraryEntries(articles: readonly LoadedArticle[]): LibraryEntry[] {
  return articles.map((loaded) => {
    const { article } = loaded;
    const section = article.articleSection ?? "";
    const authors = (article.author ?? []).map((author) => author.name).join(" ");
    return {
      file: loaded.file,
      loaded,
      headline: article.headline,
      date: article.datePublished?.slice(0, 10) ?? "",
      section,
      minutes: readingMinutes(article),
      haystack: [article.headline, section, article.kicker ?? "", article.slug, authors]
        .join("\n")
        .toLocaleLowerCase(),
    };
  });
}

/** The entries whose text contains every word of the filter, ignoring case. */
export function filterLibrary(entries: readonly LibraryEntry[], filter: string): LibraryEntry[] {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => words.every((word) => entry.haystack.includes(word)));
}
