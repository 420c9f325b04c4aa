/** What went wrong, for a caller that acts on it (retry, go offline, tell the person). */
export type RemoteErrorKind =
  | "scheme"
  | "redirect"
  | "timeout"
  | "too-large"
  | "http-status"
  | "dns"
  | "refused"
  | "tls"
  | "network"
  | "aborted"
  | "offline-miss"
  | "damaged-file"
  | "opml";

/**
 * A failure to fetch, or to read one of Broadsheet's own files: `message` is one line that names
 * the host (or file), what went wrong and what to try, fit to show a person as it is.
 */
export class RemoteError extends Error {
  override readonly name = "RemoteError";

  constructor(
    readonly kind: RemoteErrorKind,
    message: string,
    /** The HTTP status, for `http-status`. */
    readonly status?: number,
  ) {
    super(message);
  }
}
