import {
  type DiscoveredFeed,
  discoverFeeds,
  type Feed,
  type FeedItem,
  parseFeed,
} from "@broadsheet/feeds";
import type { FetchOptions } from "@broadsheet/remote";
import { documentKind, mediaTypeOf } from "./document-kind.js";
import { type FetchedText, fetchText } from "./fetch-text.js";
import { openFetchedPage } from "./open-remote-article.js";
import { articleFromMarkdown } from "./read-markdown.js";
import type { RemoteArticle } from "./remote-article.js";
import { failureLine, hostOf, RemoteReadError } from "./remote-read-error.js";

/** How the document read was fetched: its address after redirects and whether the cache served it. */
interface Fetched {
  /** The address read, after redirects. */
  url: string;
  /** When it was fetched or confirmed by the server (ms since the epoch). */
  fetchedMs: number;
  /** Served from the cache: offline, or confirmed by a 304. */
  fromCache: boolean;
  /** The server answered 304 Not Modified. */
  notModified: boolean;
}

/** A feed read from an address (the address itself, or the first feed its page announces). */
export interface ResolvedFeed extends Fetched {
  kind: "feed";
  format: Feed["format"];
  title: string;
  homePage: string | undefined;
  items: FeedItem[];
  /** The feed's warnings (items skipped or repaired), and feeds announced that could not be read. */
  warnings: string[];
}

/** An article read from an address: a page, or the Markdown of one. */
export interface ResolvedArticle extends Fetched {
  kind: "article";
  article: RemoteArticle;
  /** The feeds the page announces, in document order (to follow the publication). */
  feeds: DiscoveredFeed[];
}

/** What an address holds, read. */
export type Resolved = ResolvedFeed | ResolvedArticle;

function fetched(document: FetchedText): Fetched {
  return {
    url: document.url,
    fetchedMs: document.fetchedAt.getTime(),
    fromCache: document.fromCache,
    notModified: document.notModified,
  };
}

function feedOf(document: FetchedText, warnings: string[]): ResolvedFeed {
  const feed = parseFeed(document.text, { url: document.url });
  return {
    kind: "feed",
    ...fetched(document),
    format: feed.format,
    title: feed.title,
    homePage: feed.homePage,
    items: feed.items,
    warnings: [...warnings, ...feed.warnings],
  };
}

async function firstReadableFeed(
  page: FetchedText,
  feeds: readonly DiscoveredFeed[],
  options: FetchOptions,
): Promise<ResolvedFeed> {
  const skipped: string[] = [];
  for (const feed of feeds) {
    try {
      return feedOf(await fetchText(feed.url, options), skipped);
    } catch (error) {
      skipped.push(`${feed.url}: ${failureLine(error, feed.url)}`);
    }
  }
  throw new RemoteReadError(
    `${hostOf(page.url)}: none of the ${feeds.length} feed${feeds.length === 1 ? "" : "s"} the page announces could be read (${skipped[0] ?? ""}); try the feed's address itself`,
  );
}

function article(
  document: FetchedText,
  read: RemoteArticle,
  feeds: DiscoveredFeed[],
): ResolvedArticle {
  return { kind: "article", ...fetched(document), article: read, feeds };
}

/**
 * Reads what a web address holds. A feed (by its Content-Type, checked against its first
 * bytes) gives its items. Markdown gives its article. An HTML page that announces a Markdown
 * alternate, or no feed, is an article (see `openRemoteArticle`); otherwise it is a site, and
 * the first feed it announces that can be read gives the items.
 *
 * @param url - an http(s) address
 * @param options - how to fetch (offline, cache, User-Agent)
 * @throws RemoteError, FeedError or RemoteReadError, each with a one-line message (host, what
 * went wrong, what to try): `failureLine` gives it
 */
export async function resolveUrl(url: string, options: FetchOptions = {}): Promise<Resolved> {
  const document = await fetchText(url, options);
  const kind = documentKind(document.contentType, document.text, document.url);
  if (kind === "feed") return feedOf(document, []);
  if (kind === "markdown") {
    const read = articleFromMarkdown(document);
    if (!read.ok) throw new RemoteReadError(read.message);
    return article(document, read, []);
  }
  if (kind === "other") {
    throw new RemoteReadError(
      `${hostOf(document.url)}: this address holds ${mediaTypeOf(document.contentType) || "a document of no stated type"}, not a feed, a web page or Markdown; give the address of a site, a feed or an article`,
    );
  }
  const alternates = discoverFeeds(document.text, document.url);
  const feeds = alternates.filter((alternate) => alternate.kind !== "markdown");
  const announcesMarkdown = alternates.some((alternate) => alternate.kind === "markdown");
  if (feeds.length > 0 && !announcesMarkdown) return firstReadableFeed(document, feeds, options);
  const read = await openFetchedPage(document, options);
  if (!read.ok) throw new RemoteReadError(read.message);
  return article(document, read, feeds);
}
