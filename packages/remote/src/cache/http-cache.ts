import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../files/atomic-write.js";

const FORMAT = "broadsheet-http-cache/1";

/** One cached response: the body and what a conditional request needs. */
export interface CacheEntry {
  /** The address the response came from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
  fetchedAt: Date;
  bytes: Uint8Array;
}

interface StoredHeader {
  format: typeof FORMAT;
  finalUrl: string;
  status: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
  length: number;
}

/** The file of a URL: the SHA-256 of its text, so no part of a path comes from the URL. */
export function cacheFileOf(cacheDir: string, url: string): string {
  const key = createHash("sha256").update(url).digest("hex");
  return join(cacheDir, key.slice(0, 2), key);
}

function isStoredHeader(value: unknown): value is StoredHeader {
  if (typeof value !== "object" || value === null) return false;
  const header = value as Record<string, unknown>;
  return (
    header.format === FORMAT &&
    typeof header.finalUrl === "string" &&
    typeof header.status === "number" &&
    typeof header.fetchedAt === "string" &&
    typeof header.length === "number" &&
    (header.contentType === undefined || typeof header.contentType === "string") &&
    (header.etag === undefined || typeof header.etag === "string") &&
    (header.lastModified === undefined || typeof header.lastModified === "string")
  );
}

/**
 * The cached response of a URL, or `undefined` when there is none or the file is not a whole
 * entry (cut short, or of another format): a damaged entry is a miss, fetched again.
 */
export async function readCacheEntry(
  cacheDir: string,
  url: string,
): Promise<CacheEntry | undefined> {
  let file: Buffer;
  try {
    file = await readFile(cacheFileOf(cacheDir, url));
  } catch {
    return undefined;
  }
  const newline = file.indexOf(0x0a);
  if (newline === -1) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(file.subarray(0, newline).toString("utf8"));
  } catch {
    return undefined;
  }
  if (!isStoredHeader(header)) return undefined;
  const bytes = new Uint8Array(
    file.buffer,
    file.byteOffset + newline + 1,
    file.length - newline - 1,
  );
  const fetchedAt = new Date(header.fetchedAt);
  if (bytes.length !== header.length || Number.isNaN(fetchedAt.getTime())) return undefined;
  return {
    finalUrl: header.finalUrl,
    status: header.status,
    contentType: header.contentType,
    etag: header.etag,
    lastModified: header.lastModified,
    fetchedAt,
    bytes,
  };
}

/**
 * Stores a response for a URL in one file, written atomically: a line of JSON (the headers a
 * conditional request needs, the fetch time, the body's length), then the body as received.
 */
export async function writeCacheEntry(
  cacheDir: string,
  url: string,
  entry: CacheEntry,
): Promise<void> {
  const header: StoredHeader = {
    format: FORMAT,
    finalUrl: entry.finalUrl,
    status: entry.status,
    contentType: entry.contentType,
    etag: entry.etag,
    lastModified: entry.lastModified,
    fetchedAt: entry.fetchedAt.toISOString(),
    length: entry.bytes.length,
  };
  const line = Buffer.from(`${JSON.stringify(header)}\n`, "utf8");
  await writeFileAtomic(cacheFileOf(cacheDir, url), Buffer.concat([line, entry.bytes]));
}
