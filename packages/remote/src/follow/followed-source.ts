/** A publication followed: its feed (or page) address, and what to call it. */
export interface FollowedSource {
  /** An absolute http(s) URL, as `new URL(…).href` writes it. */
  url: string;
  /** The name to show; when absent, show the host. */
  title?: string;
  /** The publication's home page, when an OPML file gave one. */
  siteUrl?: string;
  /** When it was followed. */
  addedAt: Date;
}

/** A source to follow, before it is on the list. */
export interface SourceToFollow {
  url: string;
  title?: string;
  siteUrl?: string;
}
