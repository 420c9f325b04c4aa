import { basename, join } from "node:path";
import {
  type ContentIndex,
  countListed,
  formatContentError,
  type LibraryRow,
  LibrarySearcher,
  MATCH_END,
  MATCH_START,
  matchingSentenceOf,
  pageListed,
  type RankedRow,
  rankListed,
} from "@broadsheet/content";
import type {
  LibraryEntry,
  LibraryHit,
  LibrarySource,
  OpenedArticle,
  SearchResults,
  SnippetPiece,
} from "@broadsheet/reader/options";
import { LibraryFilter } from "./library-filter.js";

/** The columns of a library row, as the index's queries select them. */
const PAGE_ROW = `name, headline, coalesce(substr(published, 1, 10), '') AS date,
  coalesce(section, '') AS section, minutes`;

function entryOf(row: LibraryRow): LibraryEntry {
  return {
    key: row.name,
    headline: row.headline,
    date: row.date,
    section: row.section,
    minutes: row.minutes,
  };
}

/**
 * The index's pages SQLite keeps in memory for the library, in KiB (the driver's default is
 * 16 MiB): the library reads a screenful at a time, and the file stays in the system's cache.
 */
const PAGE_CACHE_KIB = 2048;

/**
 * Hits whose sentences are read on the search's thread with the ranking (reading them takes
 * milliseconds each on a large archive): a tall terminal's screenful. Hits further down read
 * theirs when they are shown.
 */
const SENTENCES_RANKED = 24;

/** A snippet with its matches marked as the index marks them, as pieces. */
export function snippetPieces(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let match = false;
  for (const part of snippet.split(new RegExp(`([${MATCH_START}${MATCH_END}])`))) {
    if (part === MATCH_START) match = true;
    else if (part === MATCH_END) match = false;
    else if (part) pieces.push({ text: part, match });
  }
  return pieces;
}

/** Ranked hits for what was typed; each hit's sentence is read when it is first asked for. */
function searchResults(index: ContentIndex, typed: string, ranked: RankedRow[]): SearchResults {
  const hits = new Map<RankedRow, LibraryHit>();
  const hitOf = (row: RankedRow) => {
    let hit = hits.get(row);
    if (!hit) {
      const sentence = row.sentence ?? matchingSentenceOf(index, typed, row.rowid);
      hit = { ...entryOf(row), snippet: snippetPieces(sentence) };
      hits.set(row, hit);
    }
    return hit;
  };
  return {
    count: ranked.length,
    hits: (offset, length) =>
      ranked.slice(Math.max(0, offset), Math.max(0, offset + length)).map(hitOf),
  };
}

/** The reader's library over a content folder's index, and what its owner tells it. */
export interface IndexLibrary extends LibrarySource {
  /**
   * The filter's texts being read into memory, a chunk at a time between keypresses (started
   * when the library is made; a filter typed before it is done reads the rest at once).
   */
  prepare(): Promise<void>;
  /** The index changed (the folder was read again): the list, the filter and search follow. */
  changed(): void;
  /** Stops reading the filter's texts and the thread that ranks searches, if one was started. */
  close(): Promise<void>;
}

/**
 * The reader's library over a content folder's index: counts, pages and full-text search are
 * queries of the index (a filter answered from the filter's texts in memory, see {@link LibraryFilter},
 * searches ranked on a thread of their own, started at the first search, so that typing never
 * waits for them), and an article is loaded (and its file checked again) only when opened.
 */
export function indexLibrary(dir: string, index: ContentIndex): IndexLibrary {
  let total: number | undefined;
  const listeners = new Set<() => void>();
  index.database.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  const filter = new LibraryFilter(index);
  filter.load().catch(() => {});
  let searcher: LibrarySearcher | undefined;
  const byPositions = index.database.prepare(
    `SELECT ${PAGE_ROW} FROM files WHERE listed = 1 AND position IN (SELECT value FROM json_each(?)) ORDER BY position`,
  );
  return {
    prepare: () => filter.load(),
    changed() {
      total = undefined;
      filter.reload().catch(() => {});
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    count(typed) {
      if (typed) return filter.positions(typed).length;
      total ??= countListed(index);
      return total;
    },
    page(typed, offset, limit) {
      if (!typed) return pageListed(index, "", offset, limit).map(entryOf);
      const positions = filter.positions(typed);
      const wanted = [...positions.subarray(Math.max(0, offset), Math.max(0, offset + limit))];
      return (byPositions.all(JSON.stringify(wanted)) as LibraryRow[]).map(entryOf);
    },
    search(query, limit) {
      searcher ??= new LibrarySearcher(index);
      if (!searcher.threaded) return searchResults(index, query, rankListed(index, query, limit));
      return searcher
        .rank(query, limit, SENTENCES_RANKED)
        .then((ranked) => ranked && searchResults(index, query, ranked));
    },
    async close() {
      filter.stop();
      await searcher?.close();
    },
    async open(entry): Promise<OpenedArticle> {
      const file = join(dir, entry.key);
      const [found] = (await index.refresh([file], false)).files;
      if (found && !found.ok) {
        const first = found.errors[0];
        const message = first ? formatContentError(first) : `${file} cannot be read`;
        return { ok: false, message: `${message}; broadsheet validate ${dir}` };
      }
      const article = index.article(basename(file));
      return article
        ? { ok: true, article }
        : { ok: false, message: `${file} is no longer there; run broadsheet read again` };
    },
  };
}
