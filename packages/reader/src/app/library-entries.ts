import { type Article, bodyText } from "@broadsheet/article";
import { readingMinutes } from "../layout/reading-minutes.js";
import type { LibraryEntry, LibraryHit, LibrarySource, SearchResults } from "./library-source.js";
import { searchWords, sentenceAround } from "./search-snippet.js";

/** An article in hand and the file (or other key) it came from. */
export interface KeyedArticle {
  file: string;
  article: Article;
}

interface HeldEntry extends LibraryEntry {
  article: Article;
  haystack: string;
  text: string;
}

/** A library over articles in hand: it searches at once. */
export interface HeldLibrary extends LibrarySource {
  search(query: string, limit: number): SearchResults;
}

/**
 * A library over articles already in hand (tests, a handful of files), newest first as given.
 * The filter looks in headline, section, kicker, slug and authors; search in headline, dek and
 * body, hits ranked by how often the words occur, a match in the headline counting most.
 */
export function articleLibrary(articles: readonly KeyedArticle[]): HeldLibrary {
  const held: HeldEntry[] = articles.map(({ file, article }) => {
    const section = article.articleSection ?? "";
    const authors = (article.author ?? []).map((author) => author.name).join(" ");
    return {
      key: file,
      article,
      headline: article.headline,
      date: article.datePublished?.slice(0, 10) ?? "",
      section,
      minutes: readingMinutes(article),
      haystack: [article.headline, section, article.kicker ?? "", article.slug, authors]
        .join("\n")
        .toLocaleLowerCase(),
      text: [article.headline, article.description ?? "", bodyText(article)].join("\n"),
    };
  });
  const filtered = (filter: string) => {
    const terms = searchWords(filter);
    return held.filter((entry) => terms.every((term) => entry.haystack.includes(term)));
  };
  const row = ({ key, headline, date, section, minutes }: HeldEntry): LibraryEntry => ({
    key,
    headline,
    date,
    section,
    minutes,
  });
  return {
    count: (filter) => filtered(filter).length,
    page: (filter, offset, limit) =>
      filtered(filter)
        .slice(offset, offset + limit)
        .map(row),
    search(query, limit) {
      const terms = searchWords(query);
      if (terms.length === 0) return { count: 0, hits: () => [] };
      const hits: { hit: LibraryHit; score: number }[] = [];
      for (const entry of held) {
        const lower = entry.text.toLocaleLowerCase();
        if (!terms.every((term) => lower.includes(term))) continue;
        const headline = entry.headline.toLocaleLowerCase();
        const score = terms.reduce(
          (sum, term) => sum + lower.split(term).length - 1 + (headline.includes(term) ? 10 : 0),
          0,
        );
        const first = Math.min(...terms.map((term) => lower.indexOf(term)));
        hits.push({
          hit: { ...row(entry), snippet: sentenceAround(entry.text, first, terms) },
          score,
        });
      }
      const best = hits
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ hit }) => hit);
      return {
        count: best.length,
        hits: (offset, length) => best.slice(Math.max(0, offset), Math.max(0, offset + length)),
      };
    },
    open(entry) {
      const found = held.find((candidate) => candidate.key === entry.key);
      return found
        ? { ok: true, article: found.article }
        : { ok: false, message: `${entry.key} is no longer in the library` };
    },
  };
}
