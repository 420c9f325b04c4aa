import { FeedError } from "@broadsheet/feeds";
import { RemoteError } from "@broadsheet/remote";

/**
 * A web address that gave nothing to read (no feed, no article): `message` is one line naming
 * the host, what was found and what to try.
 */
export class RemoteReadError extends Error {
  override readonly name = "RemoteReadError";
}

/** The host (and port) of an address, for the start of a message; the address itself if it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Text on one line: line breaks and runs of spaces as one space. */
export function asOneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The one line to show for a failure to read `url`: a fetch's or this folder's own message as it
 * is (both start with the host), a feed's prefixed with the host. Anything else is a bug and is
 * thrown again.
 */
export function failureLine(error: unknown, url: string): string {
  if (error instanceof RemoteError || error instanceof RemoteReadError) {
    return asOneLine(error.message);
  }
  if (error instanceof FeedError) return asOneLine(`${hostOf(url)}: ${error.message}`);
  throw error;
}
