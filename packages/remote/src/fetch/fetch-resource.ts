import { type CacheEntry, readCacheEntry, writeCacheEntry } from "../cache/http-cache.js";
import { defaultCacheDir } from "../files/paths.js";
import { RemoteError } from "../remote-error.js";
import { DEFAULT_ACCEPT, FETCH_DEFAULTS, type FetchOptions } from "./fetch-options.js";
import { HostQueue } from "./host-queue.js";
import { type Answer, type RequestSettings, requestOnce } from "./request-once.js";
import { USER_AGENT } from "./user-agent.js";
import { parseWebUrl } from "./web-url.js";

/** A fetched (or cached) response, its body as bytes: decode with `decodeDocument`. */
export interface FetchedResource {
  /** The address the body came from, after redirects. */
  url: string;
  /** The HTTP status of the body (a revalidated copy keeps the status it was stored with). */
  status: number;
  contentType: string | undefined;
  bytes: Uint8Array;
  /** When the body was last received or confirmed by the server. */
  fetchedAt: Date;
  /** The body is the cached copy (offline, or confirmed by a 304). */
  fromCache: boolean;
  /** The server answered 304 Not Modified to a conditional request. */
  notModified: boolean;
}

const sharedQueue = new HostQueue(FETCH_DEFAULTS.perHost);

function requestHeaders(
  options: FetchOptions,
  cached: CacheEntry | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? USER_AGENT,
    accept: options.accept ?? DEFAULT_ACCEPT,
  };
  if (cached?.etag !== undefined) headers["if-none-match"] = cached.etag;
  if (cached?.lastModified !== undefined) headers["if-modified-since"] = cached.lastModified;
  return headers;
}

async function fromCacheOnly(url: URL, cacheDir: string | false): Promise<FetchedResource> {
  const cached = cacheDir === false ? undefined : await readCacheEntry(cacheDir, url.href);
  if (cached === undefined) {
    throw new RemoteError(
      "offline-miss",
      `${url.host}: not in the offline cache (this address was never fetched): open it once online first`,
    );
  }
  return {
    url: cached.finalUrl,
    status: cached.status,
    contentType: cached.contentType,
    bytes: cached.bytes,
    fetchedAt: cached.fetchedAt,
    fromCache: true,
    notModified: false,
  };
}

async function storeQuietly(cacheDir: string, urls: string[], entry: CacheEntry): Promise<void> {
  for (const url of new Set(urls)) {
    await writeCacheEntry(cacheDir, url, entry).catch(() => undefined);
  }
}

async function followRedirects(
  start: URL,
  settings: RequestSettings,
  maxRedirects: number,
  queue: HostQueue,
): Promise<{ url: URL; answer: Exclude<Answer, { kind: "redirect" }> }> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const current = url;
    const answer = await queue
      .run(current.host, () => requestOnce(current, settings), settings.signal)
      .catch((error: unknown) => {
        if (error instanceof RemoteError) throw error;
        throw new RemoteError("aborted", `${current.host}: the fetch was cancelled`);
      });
    if (answer.kind !== "redirect") return { url: current, answer };
    if (redirects === maxRedirects) {
      throw new RemoteError(
        "redirect",
        `${start.host}: more than ${maxRedirects} redirects (the last to ${answer.location.host}): the site loops; open the last address directly`,
      );
    }
    url = answer.location;
  }
}

/**
 * Fetches an http(s) address politely and safely: a Broadsheet User-Agent, at most a few requests
 * per host at a time, time-outs, a size cap, at most `maxRedirects` redirects each checked like
 * the first address (never to another scheme, never from https down to http unless allowed).
 * Each 200 answer is cached (`$XDG_CACHE_HOME/broadsheet/http`); a cached address is asked again
 * with If-None-Match / If-Modified-Since, and a 304 serves the cached body. With `offline` only
 * the cache is read.
 *
 * @param address - an http:// or https:// URL; anything else is refused before any I/O
 * @param options - see {@link FetchOptions}
 * @throws RemoteError whose message is one line: host, what went wrong, what to try
 */
export async function fetchResource(
  address: string | URL,
  options: FetchOptions = {},
): Promise<FetchedResource> {
  const url = parseWebUrl(address);
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  if (options.offline === true) return fromCacheOnly(url, cacheDir);
  const cached = cacheDir === false ? undefined : await readCacheEntry(cacheDir, url.href);
  const settings: RequestSettings = {
    headers: requestHeaders(options, cached),
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    connectTimeoutMs: options.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs,
    allowHttpsToHttp: options.allowHttpsToHttp ?? false,
    signal: options.signal,
  };
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const { url: finalUrl, answer } = await followRedirects(
    url,
    settings,
    maxRedirects,
    options.hostQueue ?? sharedQueue,
  );
  const fetchedAt = new Date();
  if (answer.kind === "not-modified") {
    if (cached === undefined) throw new Error("a 304 is read only for a conditional request");
    const entry: CacheEntry = {
      ...cached,
      etag: answer.etag ?? cached.etag,
      lastModified: answer.lastModified ?? cached.lastModified,
      fetchedAt,
    };
    if (cacheDir !== false) await storeQuietly(cacheDir, [url.href, finalUrl.href], entry);
    return {
      url: finalUrl.href,
      status: cached.status,
      contentType: cached.contentType,
      bytes: cached.bytes,
      fetchedAt,
      fromCache: true,
      notModified: true,
    };
  }
  if (cacheDir !== false && answer.status === 200) {
    await storeQuietly(cacheDir, [url.href, finalUrl.href], {
      finalUrl: finalUrl.href,
      status: answer.status,
      contentType: answer.contentType,
      etag: answer.etag,
      lastModified: answer.lastModified,
      fetchedAt,
      bytes: answer.bytes,
    });
  }
  return {
    url: finalUrl.href,
    status: answer.status,
    contentType: answer.contentType,
    bytes: answer.bytes,
    fetchedAt,
    fromCache: false,
    notModified: false,
  };
}
