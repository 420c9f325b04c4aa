import type { ContentIndex } from "./content-index.js";

/** One article of the library as the index lists it: what a row of the list shows. */
export interface LibraryRow {
  /** The file's name in the content folder. */
  name: string;
  headline: string;
  /** `YYYY-MM-DD` as published (in the article's own offset), or empty when undated. */
  date: string;
  section: string;
  minutes: number;
}

/** A full-text search hit: the row, and the matching passage with its matches marked. */
export interface SearchRow extends LibraryRow {
  /** The passage around the match; each match stands between {@link MATCH_START} and {@link MATCH_END}. */
  snippet: string;
}

/** Marks the start of a match in a {@link SearchRow}'s snippet. */
export const MATCH_START = "\uE000";
/** Marks the end of a match in a {@link SearchRow}'s snippet. */
export const MATCH_END = "\uE001";

const ROW = `files.name AS name, files.headline AS headline,
  coalesce(substr(files.published, 1, 10), '') AS date,
  coalesce(files.section, '') AS section, files.minutes AS minutes`;

/** The filter's words: lower-cased, split at spaces. */
function filterWords(filter: string): string[] {
  return filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

function filterClause(words: readonly string[]): string {
  return words.map(() => " AND instr(haystack, ?) > 0").join("");
}

/** How many listed articles contain every word of `filter` (all of them for an empty filter). */
export function countListed(index: ContentIndex, filter = ""): number {
  const words = filterWords(filter);
  return index.database
    .prepare(`SELECT count(*) FROM files WHERE listed = 1${filterClause(words)}`)
    .pluck()
    .get(...words) as number;
}

/**
 * How many files of the folder the library does not list (invalid, or a duplicate), counted
 * from the indexes rather than by reading every row.
 */
export function countUnlisted(index: ContentIndex): number {
  return index.database
    .prepare("SELECT (SELECT count(*) FROM files) - (SELECT count(*) FROM files WHERE listed = 1)")
    .pluck()
    .get() as number;
}

/**
 * A page of the library in its order (newest first): the listed articles whose headline,
 * section, kicker, slug or authors contain every word of `filter`, ignoring case. Without a
 * filter the page is read by position (the listed articles are numbered from 0 in order), so
 * that a page deep in the archive costs what the first one does.
 */
export function pageListed(
  index: ContentIndex,
  filter: string,
  offset: number,
  limit: number,
): LibraryRow[] {
  const words = filterWords(filter);
  const start = Math.max(0, offset);
  const count = Math.max(0, limit);
  if (words.length === 0) {
    return index.database
      .prepare(
        `SELECT ${ROW} FROM files WHERE listed = 1 AND position >= ? AND position < ? ORDER BY position`,
      )
      .all(start, start + count) as LibraryRow[];
  }
  return index.database
    .prepare(
      `SELECT ${ROW} FROM files WHERE listed = 1${filterClause(words)} ORDER BY position LIMIT ? OFFSET ?`,
    )
    .all(...words, count, start) as LibraryRow[];
}

/** Every listed article in the library's order, one at a time. */
export function* eachListed(index: ContentIndex): Generator<LibraryRow & { slug: string }> {
  const rows = index.database
    .prepare(`SELECT ${ROW}, slug FROM files WHERE listed = 1 ORDER BY position`)
    .iterate() as IterableIterator<LibraryRow & { slug: string }>;
  yield* rows;
}

/** The shortest last word also matched as a prefix: shorter ones would match nearly everything. */
const PREFIX_FROM = 3;

/**
 * The query full-text search runs for what was typed: each word a phrase (so no character of it
 * is query syntax), the last one also matching as a prefix while it is being typed (from
 * {@link PREFIX_FROM} characters on).
 */
export function searchQuery(typed: string): string | undefined {
  const words = typed.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return words
    .map((word, index) => {
      const phrase = `"${word.replace(/"/g, '""')}"`;
      const last = index === words.length - 1 && [...word].length >= PREFIX_FROM;
      return last ? `${phrase}*` : phrase;
    })
    .join(" ");
}

/** The sentence of a snippet that holds its first match, trimmed of the rest. */
export function matchingSentence(snippet: string): string {
  const first = snippet.indexOf(MATCH_START);
  if (first < 0) return snippet;
  const before = snippet.slice(0, first);
  const stops = [...before.matchAll(/[.!?]["'”’)]*\s+/g)];
  const last = stops.at(-1);
  const start = last?.index === undefined ? 0 : last.index + last[0].length;
  const after = /[.!?]["'”’)]*(?=\s|$)/.exec(snippet.slice(first));
  const end = after ? first + after.index + after[0].length : snippet.length;
  return snippet.slice(start, end).replace(/\s+/g, " ").trim();
}

/** A search hit as ranked: the row, and the key to read its sentence by (unless it came with it). */
export interface RankedRow extends LibraryRow {
  /** The article's row in the index, for {@link matchingSentenceOf}. */
  rowid: number;
  /** The sentence that matched, when it was read with the ranking. */
  sentence?: string;
}

/**
 * The statement that ranks full-text hits: parameters the query ({@link searchQuery}) and the
 * limit; rows are {@link RankedRow}s, best first (BM25, a match in the headline weighing most).
 */
export const RANK_LISTED = `SELECT files.rowid AS rowid, ${ROW}
  FROM search JOIN files ON files.rowid = search.rowid
  WHERE search MATCH ? AND files.listed = 1
  ORDER BY bm25(search, 10.0, 4.0, 1.0) LIMIT ?`;

/**
 * Full-text search over the headline, dek and body of every listed article: the best `limit`,
 * best first. The sentences that matched are read apart ({@link matchingSentenceOf}), for the
 * hits shown only.
 */
export function rankListed(index: ContentIndex, typed: string, limit: number): RankedRow[] {
  const query = searchQuery(typed);
  if (query === undefined) return [];
  return index.database.prepare(RANK_LISTED).all(query, Math.max(0, limit)) as RankedRow[];
}

/**
 * The statement that reads the passage of one hit that matches: parameters the query and the
 * article's rowid. The rowid is cast: a number from JavaScript is bound as a REAL, and FTS5
 * then ignores the constraint and returns every match.
 */
export const SNIPPET_OF = `SELECT snippet(search, -1, '${MATCH_START}', '${MATCH_END}', '…', 40)
  FROM search WHERE search MATCH ? AND rowid = CAST(? AS INTEGER)`;

/**
 * The sentence of a ranked hit that matches what was typed, each match between
 * {@link MATCH_START} and {@link MATCH_END}; empty when the article no longer matches.
 */
export function matchingSentenceOf(index: ContentIndex, typed: string, rowid: number): string {
  const query = searchQuery(typed);
  if (query === undefined) return "";
  const snippet = index.database.prepare(SNIPPET_OF).pluck().get(query, rowid) as
    | string
    | undefined;
  return snippet === undefined ? "" : matchingSentence(snippet);
}

/**
 * Full-text search over the headline, dek and body of every listed article, best first (BM25,
 * a match in the headline weighing most), with the sentence that matches.
 */
export function searchListed(index: ContentIndex, typed: string, limit: number): SearchRow[] {
  return rankListed(index, typed, limit).map(({ rowid, ...row }) => ({
    ...row,
    snippet: matchingSentenceOf(index, typed, rowid),
  }));
}
