/** The formats {@link parseFeed} reads. */
export type FeedFormat = "atom" | "rss" | "rdf" | "json";

/** One item of a feed: an article or post, with its text as the feed gave it. */
export interface FeedItem {
  /** The item's stable id: Atom `id`, RSS `guid`, RDF `rdf:about`, JSON `id`; else its URL. */
  id: string;
  /** The item's page, absolute, http(s) only. */
  url: string | undefined;
  /** Plain text, one line. */
  title: string;
  /** ISO 8601 in UTC. */
  published: string | undefined;
  /** ISO 8601 in UTC. */
  updated: string | undefined;
  author: string | undefined;
  /** The item's categories or tags, in document order, without repeats. */
  categories: string[];
  /** HTML as the feed gave it (not sanitised: that is the HTML importer's job). */
  summaryHtml: string | undefined;
  /** HTML as the feed gave it (not sanitised: that is the HTML importer's job). */
  contentHtml: string | undefined;
  /**
   * The URL relative references in `summaryHtml` and `contentHtml` resolve against: the
   * content's `xml:base`, else the feed's URL.
   */
  contentBase: string | undefined;
  /** The item's Markdown alternate (`<link rel="alternate" type="text/markdown">`), absolute. */
  markdownAlternate?: string;
  /**
   * The item's place among the feed's entries, from 1, as the feed's warnings name it (items
   * skipped before it still count); set by `parseFeed`.
   */
  position?: number;
}

/** A feed read by {@link parseFeed}. */
export interface Feed {
  format: FeedFormat;
  /** Plain text, one line. */
  title: string;
  /** The site's home page, absolute. */
  homePage: string | undefined;
  items: FeedItem[];
  /** Entries that could not be read or had nothing to read: each is also one of the warnings. */
  skippedItems: number;
  /** What was guessed, skipped or repaired, one line each, naming the item. */
  warnings: string[];
}
