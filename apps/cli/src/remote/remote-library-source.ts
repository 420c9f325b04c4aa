import type { FeedItem } from "@broadsheet/feeds";
import type {
  LibraryEntry,
  LibraryHit,
  LibrarySource,
  OpenedArticle,
  SearchResults,
} from "@broadsheet/reader/options";
import type { FetchOptions, ReadRecord } from "@broadsheet/remote";
import { digestItem, type ItemDigest } from "./item-digest.js";
import { openRemoteArticle } from "./open-remote-article.js";
import type { OpenedRemote, RemoteArticle } from "./remote-article.js";
import { rankTexts, searchWords } from "./search-texts.js";

/** Options of {@link remoteLibrarySource}. */
export interface RemoteLibraryOptions {
  /**
   * The section column of an item with no category: the feed's title, or a name per item (the
   * publication each came from, in a list of several feeds).
   */
  sourceName?: string | ((item: FeedItem) => string | undefined);
  /**
   * What the section column shows first: the item's first `category` (default; one feed's
   * sections), or the `source` name (a list of several publications).
   */
  sectionFirst?: "category" | "source";
  /** When each item's feed was fetched: recorded with an article made from the item's HTML. */
  feedFetchedAt?: Date | ((item: FeedItem) => Date | undefined);
  /** How articles are fetched when opened (offline, cache, User-Agent). */
  fetch?: FetchOptions;
  /**
   * The record of items read: `unread`, each entry's `unread` and `unreadCount` answer from it,
   * and an item opened is marked read and saved.
   */
  readRecord?: ReadRecord;
  /** Opens an item (default {@link openRemoteArticle} with `fetch`). */
  open?: (item: FeedItem) => Promise<OpenedRemote>;
  /** Told of each article opened: where it came from and the fallbacks taken. */
  onOpened?: (item: FeedItem, article: RemoteArticle) => void;
  /** Told of a problem that does not stop reading (the read record could not be saved), one line. */
  onWarning?: (line: string) => void;
}

/** The reader's library over feed items, with which of them are unread. */
export interface RemoteLibrary extends LibrarySource {
  search(query: string, limit: number): SearchResults;
  open(entry: LibraryEntry): Promise<OpenedArticle>;
  /** Whether the entry's item is not in the read record (every item, without a record). */
  unread(key: string): boolean;
  /** The feed item an entry lists. */
  item(key: string): FeedItem | undefined;
}

interface Listed {
  key: string;
  item: FeedItem;
  section: string;
  date: string;
  haystack: string;
  digest?: ItemDigest;
}

function timeOf(item: FeedItem): number {
  const time = Date.parse(item.published ?? item.updated ?? "");
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function sectionOf(item: FeedItem, options: RemoteLibraryOptions): string {
  const { sourceName } = options;
  const named = typeof sourceName === "function" ? sourceName(item) : sourceName;
  const host = item.url && URL.canParse(item.url) ? new URL(item.url).host : "";
  const category = item.categories[0];
  return (options.sectionFirst === "source" ? (named ?? category) : (category ?? named)) ?? host;
}

/**
 * The items once each (by id, the first kept), newest first by publication (else update) date,
 * undated last, in the feed's order among equals.
 */
function listItems(items: readonly FeedItem[], options: RemoteLibraryOptions): Listed[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => !seen.has(item.id) && seen.add(item.id));
  const dated = unique.map((item, order) => ({ item, order, time: timeOf(item) }));
  dated.sort((a, b) => b.time - a.time || a.order - b.order);
  return dated.map(({ item }) => {
    const section = sectionOf(item, options);
    const { sourceName } = options;
    const named = (typeof sourceName === "function" ? sourceName(item) : sourceName) ?? "";
    return {
      key: item.id,
      item,
      section,
      date: (item.published ?? item.updated ?? "").slice(0, 10),
      haystack: [item.title, section, ...item.categories, item.author ?? "", named]
        .join("\n")
        .toLocaleLowerCase(),
    };
  });
}

/**
 * The reader's library over feed items: headline, date (`YYYY-MM-DD` of the feed's UTC time),
 * section (the first category, else the source's name, else the host) and minutes to read,
 * newest first. The filter looks in headline, section, categories, author and source; search in
 * the items' text, in memory (each item's content converted once, when first needed), ranked by
 * how often the words occur, a headline match counting most. Opening an entry reads the article
 * from its best source ({@link openRemoteArticle}) and marks the item read. With a read record,
 * each entry says whether it is unread and the library how many are.
 */
export function remoteLibrarySource(
  items: readonly FeedItem[],
  options: RemoteLibraryOptions = {},
): RemoteLibrary {
  const listed = listItems(items, options);
  const byKey = new Map(listed.map((entry) => [entry.key, entry]));
  const digest = (entry: Listed) => {
    entry.digest ??= digestItem(entry.item);
    return entry.digest;
  };
  const record = options.readRecord;
  const row = (entry: Listed): LibraryEntry => ({
    key: entry.key,
    headline: entry.item.title,
    date: entry.date,
    section: entry.section,
    minutes: digest(entry).minutes,
    ...(record ? { unread: !record.has(entry.key) } : {}),
  });
  let last: { filter: string; found: Listed[] } | undefined;
  const filtered = (filter: string) => {
    if (last?.filter !== filter) {
      const words = searchWords(filter);
      const found = listed.filter((entry) => words.every((word) => entry.haystack.includes(word)));
      last = { filter, found };
    }
    return last.found;
  };
  const fetchedAt = (item: FeedItem) =>
    typeof options.feedFetchedAt === "function"
      ? options.feedFetchedAt(item)
      : options.feedFetchedAt;
  const open =
    options.open ?? ((item: FeedItem) => openRemoteArticle(item, options.fetch, fetchedAt(item)));
  return {
    count: (filter) => filtered(filter).length,
    page: (filter, offset, limit) =>
      filtered(filter)
        .slice(Math.max(0, offset), Math.max(0, offset + limit))
        .map(row),
    search(query, limit) {
      const texts = listed.map((entry) => ({
        key: entry.key,
        headline: entry.item.title,
        text: digest(entry).text,
      }));
      const hits: LibraryHit[] = rankTexts(texts, query, limit).map(({ key, snippet }) => ({
        ...row(byKey.get(key) as Listed),
        snippet,
      }));
      return {
        count: hits.length,
        hits: (offset, length) => hits.slice(Math.max(0, offset), Math.max(0, offset + length)),
      };
    },
    async open(entry) {
      const found = byKey.get(entry.key);
      if (!found) return { ok: false, message: `${entry.headline} is no longer in this feed` };
      const opened = await open(found.item);
      if (!opened.ok) return opened;
      options.onOpened?.(found.item, opened);
      if (record) {
        record.markRead([found.item.id]);
        await record.save().catch((error: unknown) => {
          options.onWarning?.(
            `could not save the record of items read (${error instanceof Error ? error.message : String(error)})`,
          );
        });
      }
      return { ok: true, article: opened.article };
    },
    unread: (key) => !(record?.has(key) ?? false),
    ...(record
      ? { unreadCount: () => listed.filter((entry) => !record.has(entry.key)).length }
      : {}),
    item: (key) => byKey.get(key)?.item,
  };
}
