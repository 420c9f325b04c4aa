import type { Article } from "@broadsheet/article";

/** One article as the library lists it: what its row shows, and a key to open it by. */
export interface LibraryEntry {
  /** Identifies the article to its {@link LibrarySource} (e.g. its file). */
  key: string;
  headline: string;
  /** `YYYY-MM-DD` as published (in the article's own offset), or empty when undated. */
  date: string;
  section: string;
  minutes: number;
  /**
   * Whether it has not been opened yet, for a source that keeps a record of what was read (the
   * row is then marked); undefined where there is no such record (a content folder).
   */
  unread?: boolean | undefined;
}

/** A piece of a search hit's passage: text, and whether it is what matched. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

/** A full-text search hit: the entry, and the sentence that matched with the matches marked. */
export interface LibraryHit extends LibraryEntry {
  snippet: readonly SnippetPiece[];
}

/** The hits of a full-text search, best first. */
export interface SearchResults {
  /** How many hits there are (at most the limit searched for). */
  count: number;
  /** Hits `offset` to `offset + limit`, each with the sentence that matched. */
  hits(offset: number, limit: number): readonly LibraryHit[];
}

/** An article opened from the library, or why it cannot be (changed or removed since it was listed). */
export type OpenedArticle = { ok: true; article: Article } | { ok: false; message: string };

/**
 * Where the library's articles come from. The library asks only for what it shows (a count,
 * a page of rows, a page of search hits) and loads an article when it is opened, so an archive
 * of any size costs a screenful. Every method but `open` and `search` answers synchronously.
 */
export interface LibrarySource {
  /** How many articles hold every word of `filter` in headline, section, kicker, slug or authors; all for "". */
  count(filter: string): number;
  /** Rows `offset` to `offset + limit` of the filtered list, newest first. */
  page(filter: string, offset: number, limit: number): readonly LibraryEntry[];
  /**
   * The best `limit` articles for a full-text search of headline, dek and body, best first.
   * Each hit's sentence is read only when the hit is asked of the results. A source may answer
   * later (ranking elsewhere while keys are pressed), and then undefined for a search that a
   * later one made pointless.
   */
  search(query: string, limit: number): SearchResults | Promise<SearchResults | undefined>;
  /** The article of an entry (which may be checked again on disk first). */
  open(entry: LibraryEntry): OpenedArticle | Promise<OpenedArticle>;
  /** How many of all the articles are unread, for a source that keeps a record of what was read. */
  unreadCount?(): number;
  /** Calls `listener` when the list changed (e.g. the archive was re-read); returns how to stop. */
  subscribe?(listener: () => void): () => void;
}
