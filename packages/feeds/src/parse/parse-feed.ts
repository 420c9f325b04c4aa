import { FeedError } from "../feed-error.js";
import type { Feed, FeedItem } from "../feed-types.js";
import { DEFAULT_LIMITS, type FeedLimits, formatMegabytes } from "../limits.js";
import { oneLine } from "../text/clean-text.js";
import { NS } from "../xml/namespaces.js";
import { parseXml } from "../xml/parse-xml.js";
import type { XmlElement } from "../xml/xml-node.js";
import type { FeedShape } from "./feed-shape.js";
import { finishItem } from "./item-draft.js";
import { readAtom } from "./read-atom.js";
import { readJsonFeed } from "./read-json-feed.js";
import { readRdf, readRss } from "./read-rss.js";

/** Options of {@link parseFeed}. */
export interface ParseFeedOptions {
  /** The URL the feed was read from: relative links resolve against it. */
  url?: string;
  /** Caps on the document's size and item count (defaults: {@link DEFAULT_LIMITS}). */
  limits?: Partial<FeedLimits>;
}

const HTML_ROOTS = new Set(["html", "head", "body"]);

function describeStart(text: string): string {
  return JSON.stringify(oneLine(text).slice(0, 40));
}

function shapeOfXml(root: XmlElement | undefined, text: string): FeedShape<XmlElement> {
  if (root === undefined) {
    throw new FeedError(
      `the document holds no XML element and no JSON (it starts ${describeStart(text)}): not a feed; check the URL`,
    );
  }
  if (root.key === "feed" && (root.ns === NS.atom || root.ns === NS.atom03 || root.ns === "")) {
    return readAtom(root);
  }
  if (root.key === "rss" && root.ns === "") return readRss(root);
  if (root.key === "rdf" && root.ns === NS.rdf) return readRdf(root);
  if (HTML_ROOTS.has(root.key) || /^<!doctype html/i.test(text)) {
    throw new FeedError(
      "the document is an HTML page, not a feed: find its feeds with discoverFeeds, or read it as an article",
    );
  }
  throw new FeedError(
    `the document's root element is <${root.name}>, not <feed> (Atom), <rss> or <rdf:RDF>: not a feed`,
  );
}

function readItems<Entry>(shape: FeedShape<Entry>, warnings: string[]): FeedItem[] {
  const items: FeedItem[] = [];
  shape.entries.forEach((entry, index) => {
    try {
      const item = finishItem(shape.readItem(entry), index, warnings);
      if (item !== undefined) items.push(item);
    } catch (error) {
      warnings.push(`item ${index + 1} could not be read (${(error as Error).message}): skipped`);
    }
  });
  return items;
}

/**
 * Reads an Atom 1.0, RSS 2.0 / 0.9x, RSS 1.0 (RDF) or JSON Feed 1.0 / 1.1 document into its
 * items. Item HTML is handed over as the feed gave it, not sanitised. A bad item costs itself
 * alone, with a warning; everything guessed or repaired is a warning too.
 *
 * @param text - the document, decoded (see `decodeDocument`)
 * @param options - the feed's URL, for relative links; the caps
 * @throws FeedError with one line saying what was found and what to try, when the document is
 *   not a feed or is over a cap
 */
export function parseFeed(text: string, options: ParseFeedOptions = {}): Feed {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (text.length > limits.maxBytes) {
    throw new FeedError(
      `the feed is ${formatMegabytes(text.length)}, over the ${formatMegabytes(limits.maxBytes)} cap: not read (raise maxBytes if it is really a feed)`,
    );
  }
  const start = text.replace(/^\ufeff/, "").trimStart();
  const warnings: string[] = [];
  let shape: FeedShape<unknown>;
  if (start.startsWith("{") || start.startsWith("[")) {
    shape = readJsonFeed(start, options.url);
  } else {
    const document = parseXml(text, options.url);
    warnings.push(...document.warnings);
    shape = shapeOfXml(document.root, start) as FeedShape<unknown>;
  }
  if (shape.entries.length > limits.maxItems) {
    throw new FeedError(
      `the feed has ${shape.entries.length} items, over the cap of ${limits.maxItems}: not read (raise maxItems to read it)`,
    );
  }
  const items = readItems(shape, warnings);
  if (shape.entries.length > 0 && items.length === 0) {
    throw new FeedError(
      `the feed's ${shape.entries.length} item(s) have nothing to read (${warnings.at(-1) ?? "no title, text or link"})`,
    );
  }
  const title = shape.title === undefined ? "" : oneLine(shape.title);
  if (title === "") warnings.push("the feed has no title");
  return {
    format: shape.format,
    title: title || (shape.homePage ?? options.url ?? "Untitled feed"),
    homePage: shape.homePage,
    items,
    skippedItems: shape.entries.length - items.length,
    warnings,
  };
}
