import { discoverFeeds, type FeedItem } from "@broadsheet/feeds";
import type { FetchOptions } from "@broadsheet/remote";
import { documentKind } from "./document-kind.js";
import { type FetchedText, fetchText } from "./fetch-text.js";
import { withItemMetadata } from "./item-metadata.js";
import { articleFromMarkdown, readMarkdownAlternate } from "./read-markdown.js";
import type { ArticleOrigin, OpenedRemote, RemoteArticle } from "./remote-article.js";
import { asOneLine, failureLine, hostOf } from "./remote-read-error.js";

type Opened = { ok: true } & RemoteArticle;

/** The sources of one article: a feed item, its page (fetched or to fetch), or both. */
interface Sources {
  item: FeedItem | undefined;
  /** When the item's feed was fetched: the fetch time of an article made from its HTML. */
  feedFetchedAt: Date | undefined;
  pageUrl: string | undefined;
  page: FetchedText | undefined;
}

/** The HTML importer, loaded only when an item's or a page's HTML is converted. */
async function htmlImporter() {
  return (await import("@broadsheet/html")).htmlToArticle;
}

async function itemHtml(
  sources: Sources & { item: FeedItem },
  html: string,
  from: ArticleOrigin,
  warnings: string[],
): Promise<Opened | string> {
  const { item, feedFetchedAt } = sources;
  const htmlToArticle = await htmlImporter();
  const result = htmlToArticle(html, {
    kind: "fragment",
    headline: item.title,
    ...(feedFetchedAt ? { fetchedAt: feedFetchedAt } : {}),
    ...((item.contentBase ?? item.url) ? { url: item.contentBase ?? item.url } : {}),
  });
  if (!result.ok)
    return asOneLine(`${hostOf(item.url ?? item.contentBase ?? "")}: ${result.error.message}`);
  return {
    ok: true,
    article: withItemMetadata(result.article, item),
    from,
    url: item.url,
    fetchedAt: feedFetchedAt,
    fromCache: false,
    warnings,
    importWarnings: result.warnings,
  };
}

async function pageArticle(page: FetchedText, warnings: string[]): Promise<Opened | string> {
  const htmlToArticle = await htmlImporter();
  const result = htmlToArticle(page.text, {
    kind: "page",
    url: page.url,
    fetchedAt: page.fetchedAt,
  });
  if (!result.ok) return asOneLine(`${hostOf(page.url)}: ${result.error.message}`);
  return {
    ok: true,
    article: result.article,
    from: "page",
    url: page.url,
    fetchedAt: page.fetchedAt,
    fromCache: page.fromCache,
    warnings,
    importWarnings: result.warnings,
  };
}

async function fetchPage(sources: Sources, options: FetchOptions, warnings: string[]) {
  if (sources.page !== undefined || sources.pageUrl === undefined) return sources.page;
  try {
    return await fetchText(sources.pageUrl, options);
  } catch (error) {
    warnings.push(`the page: ${failureLine(error, sources.pageUrl)}`);
    return undefined;
  }
}

/**
 * The best source of an article, in order: the Markdown alternate the feed item or its page
 * announces (never guessed at), the item's full content, the page's main text, the item's
 * summary. Each source tried and not used is a warning of the result.
 */
async function readBestSource(sources: Sources, options: FetchOptions): Promise<OpenedRemote> {
  const { item } = sources;
  const warnings: string[] = [];
  const tried = new Set<string>();
  const tryMarkdown = async (url: string) => {
    tried.add(url);
    const read = await readMarkdownAlternate(url, options);
    if (read.ok) return { ...read, warnings };
    warnings.push(`the Markdown alternate: ${read.message}`);
    return undefined;
  };
  if (item?.markdownAlternate !== undefined) {
    const read = await tryMarkdown(item.markdownAlternate);
    if (read) return read;
  }
  const page = await fetchPage(sources, options, warnings);
  if (sources.pageUrl === undefined && item?.markdownAlternate === undefined) {
    warnings.push("the Markdown alternate: the item has no page to announce one");
  }
  const pageKind = page && documentKind(page.contentType, page.text, page.url);
  if (page && pageKind === "markdown") {
    const read = articleFromMarkdown(page);
    if (read.ok) return { ...read, warnings };
    warnings.push(`the page: ${read.message}`);
  }
  if (page && pageKind === "html") {
    const announced = discoverFeeds(page.text, page.url).find(
      (alternate) => alternate.kind === "markdown",
    );
    if (announced === undefined) {
      warnings.push(`the Markdown alternate: ${hostOf(page.url)}: the page announces none`);
    } else if (!tried.has(announced.url)) {
      const read = await tryMarkdown(announced.url);
      if (read) return read;
    }
  } else if (page && pageKind !== "markdown") {
    warnings.push(
      `the page: ${hostOf(page.url)}: not an HTML page or Markdown (${page.contentType ?? "no Content-Type"})`,
    );
  }
  if (item?.contentHtml !== undefined) {
    const read = await itemHtml({ ...sources, item }, item.contentHtml, "feed-content", warnings);
    if (typeof read !== "string") return read;
    warnings.push(`the feed's content: ${read}`);
  } else if (item !== undefined) {
    warnings.push("the feed's content: the feed gives only a summary of this item");
  }
  if (page && pageKind === "html") {
    const read = await pageArticle(page, warnings);
    if (typeof read !== "string") return read;
    warnings.push(`the page's main text: ${read}`);
  }
  if (item?.summaryHtml !== undefined) {
    const read = await itemHtml({ ...sources, item }, item.summaryHtml, "feed-summary", warnings);
    if (typeof read !== "string") return read;
    warnings.push(`the feed's summary: ${read}`);
  }
  return { ok: false, message: givingUp(sources, warnings, options) };
}

function givingUp(sources: Sources, warnings: readonly string[], options: FetchOptions): string {
  const address = sources.pageUrl ?? sources.item?.url ?? sources.item?.markdownAlternate;
  const host = address ? hostOf(address) : "the feed";
  const reasons = warnings.length > 0 ? warnings.join("; ") : "it has no page, content or summary";
  const next = options.offline
    ? "open it once online first"
    : address
      ? `check the address, or open ${address} in a browser`
      : "the feed gives nothing to read for this item";
  return asOneLine(`${host}: could not read this article (${reasons}); ${next}`);
}

/**
 * Reads an article from the web from its best source: the Markdown alternate announced by the
 * feed item or by its page (`<link rel="alternate" type="text/markdown">`, never guessed), then
 * the item's full content (HTML, converted whole), then the page itself (its main text found
 * by Readability), then the item's summary. Each fallback taken is a warning of the result.
 *
 * @param target - a feed item, or the address of an article page
 * @param options - how to fetch (offline, cache, User-Agent)
 * @param feedFetchedAt - when the item's feed was fetched, recorded with an article made from
 * the item's HTML
 * @returns the article, or one line naming the host, what failed and what to try
 */
export async function openRemoteArticle(
  target: FeedItem | string,
  options: FetchOptions = {},
  feedFetchedAt?: Date,
): Promise<OpenedRemote> {
  const sources: Sources =
    typeof target === "string"
      ? { item: undefined, feedFetchedAt, pageUrl: target, page: undefined }
      : { item: target, feedFetchedAt, pageUrl: target.url, page: undefined };
  return readBestSource(sources, options);
}

/** As {@link openRemoteArticle}, for a page already fetched (its announced alternates read). */
export async function openFetchedPage(
  page: FetchedText,
  options: FetchOptions = {},
): Promise<OpenedRemote> {
  return readBestSource(
    { item: undefined, feedFetchedAt: undefined, pageUrl: page.url, page },
    options,
  );
}
