/** The caps on one document, each with a clear error when it is passed. */
export interface FeedLimits {
  /** Bytes of a document before it is decoded (and UTF-16 code units of its text). */
  maxBytes: number;
  /** Items of one feed. */
  maxItems: number;
}

/** 16 MiB and 10,000 items: far above any real feed, far below what would hurt a terminal. */
export const DEFAULT_LIMITS: FeedLimits = { maxBytes: 16 * 1024 * 1024, maxItems: 10_000 };

/** Deeper XML elements are read as their text: no feed needs more, and walks stay shallow. */
export const MAX_DEPTH = 256;

/** A title longer than this is cut: a headline, not a page. */
export const MAX_TITLE_LENGTH = 1000;

/** Megabytes, as a person reads them in an error. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
