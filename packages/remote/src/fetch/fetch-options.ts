import type { HostQueue } from "./host-queue.js";

/** Options of `fetchResource`; every one has a default fit for a feed or an article page. */
export interface FetchOptions {
  /** Serve from the cache only, never touching the network (default false). */
  offline?: boolean;
  /** Where responses are cached (default `$XDG_CACHE_HOME/broadsheet/http`); `false`: no cache. */
  cacheDir?: string | false;
  /** Larger bodies are refused, reading stopped at the cap (default 10 MiB). */
  maxBytes?: number;
  /** Until the status line and headers arrive, connecting included (default 10 s). */
  connectTimeoutMs?: number;
  /** Until the last byte of the body, per request of a redirect chain (default 30 s). */
  totalTimeoutMs?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Follow a redirect from https to plain http (default false: refused). */
  allowHttpsToHttp?: boolean;
  /** The Accept header (default {@link DEFAULT_ACCEPT}: feeds, Markdown, HTML). */
  accept?: string;
  /** The User-Agent header (default `Broadsheet/<version> (+…)`). */
  userAgent?: string;
  /** The per-host limit to share (default one queue of 4 per host for the process). */
  hostQueue?: HostQueue;
  /** Gives up the fetch when aborted. */
  signal?: AbortSignal;
}

/** Feeds first, then the Markdown an article page may announce, then HTML, then anything. */
export const DEFAULT_ACCEPT = [
  "application/atom+xml",
  "application/rss+xml",
  "application/feed+json",
  "text/markdown",
  "text/html;q=0.9",
  "application/xhtml+xml;q=0.9",
  "application/rdf+xml;q=0.8",
  "application/xml;q=0.8",
  "text/xml;q=0.8",
  "application/json;q=0.7",
  "*/*;q=0.5",
].join(", ");

/** The defaults of {@link FetchOptions}. */
export const FETCH_DEFAULTS = {
  maxBytes: 10 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
  perHost: 4,
} as const;
