import {
  attribute,
  childElements,
  decodeDocument,
  FeedError,
  parseXml,
  type XmlElement,
} from "@broadsheet/feeds";
import { RemoteError } from "../remote-error.js";
import { cleanTitle } from "./clean-title.js";
import { feedUrlOf } from "./feed-url.js";
import type { SourceToFollow } from "./followed-source.js";

/** Feeds beyond this many in one file are left out, with a warning. */
export const MAX_OPML_FEEDS = 10_000;

const MAX_WARNINGS = 20;

/** The feeds of an OPML file, and what was left out, one line each. */
export interface OpmlFeeds {
  /** In document order, nested folders flattened, each address once. */
  feeds: SourceToFollow[];
  /** The file's own title (`<head><title>`), if any. */
  title: string | undefined;
  warnings: string[];
}

function webUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const feed = feedUrlOf(value);
  return "url" in feed ? feed.url : undefined;
}

function refusedLine(outline: number, refused: string): string {
  if (refused === "") return `outline ${outline}: its xmlUrl is not an address: left out`;
  if (refused === "credentials") {
    return `outline ${outline}: its xmlUrl holds a user name or password: left out`;
  }
  return `outline ${outline}: its xmlUrl is a ${refused} address (only http and https are followed): left out`;
}

function childrenNamed(element: XmlElement, key: string): XmlElement[] {
  return childElements(element).filter((child) => child.key === key);
}

/**
 * Reads the feeds of an OPML 1.0 or 2.0 file (a newsboat, Feedly or NetNewsWire export): every
 * `outline` with an `xmlUrl`, at any depth of folders, its `title` (else `text`) kept. Addresses
 * that are not http(s) (`javascript:`, `file:`, …) are left out, duplicates merged (the first
 * title kept), each with a warning. The XML is read by `@broadsheet/feeds`: entities a DTD
 * declares are never expanded.
 *
 * @param input - the file's bytes (its encoding read from the declaration) or its text
 * @param fileName - named in the error, when the file is not OPML
 * @throws RemoteError (`opml`) when the file is not OPML
 */
export function readOpml(input: Uint8Array | string, fileName = "the file"): OpmlFeeds {
  const text = typeof input === "string" ? input : decodedText(input, fileName);
  const document = parseXml(text, undefined);
  const root = document.root;
  if (root === undefined || root.key !== "opml") {
    const found = root === undefined ? "no XML element" : `<${root.local}>`;
    throw new RemoteError(
      "opml",
      `${fileName}: not an OPML file (its root is ${found}, not <opml>): export the subscriptions as OPML and import that`,
    );
  }
  const warnings = [...document.warnings];
  const head = childrenNamed(root, "head")[0];
  const titleElement = head === undefined ? undefined : childrenNamed(head, "title")[0];
  const title = titleElement === undefined ? undefined : cleanTitle(textOf(titleElement));
  const feeds: SourceToFollow[] = [];
  const seen = new Set<string>();
  const dropped: string[] = [];
  let duplicates = 0;
  let beyondCap = 0;
  let outlines = 0;
  const pending = childrenNamed(root, "body").flatMap((body) => childrenNamed(body, "outline"));
  pending.reverse();
  for (let outline = pending.pop(); outline !== undefined; outline = pending.pop()) {
    outlines++;
    const nested = childrenNamed(outline, "outline");
    for (let index = nested.length - 1; index >= 0; index--)
      pending.push(nested[index] as XmlElement);
    const xmlUrl = attribute(outline, "xmlurl");
    if (xmlUrl === undefined) continue;
    const feed = feedUrlOf(xmlUrl);
    if (!("url" in feed)) {
      dropped.push(refusedLine(outlines, feed.refused));
      continue;
    }
    if (seen.has(feed.url)) {
      duplicates++;
      continue;
    }
    if (feeds.length >= MAX_OPML_FEEDS) {
      beyondCap++;
      continue;
    }
    seen.add(feed.url);
    const source: SourceToFollow = { url: feed.url };
    const name = cleanTitle(attribute(outline, "title")) ?? cleanTitle(attribute(outline, "text"));
    if (name !== undefined) source.title = name;
    const siteUrl = webUrl(attribute(outline, "htmlurl"));
    if (siteUrl !== undefined) source.siteUrl = siteUrl;
    feeds.push(source);
  }
  warnings.push(...dropped.slice(0, MAX_WARNINGS));
  if (dropped.length > MAX_WARNINGS) {
    warnings.push(
      `${dropped.length - MAX_WARNINGS} more outline(s) with a refused xmlUrl: left out`,
    );
  }
  if (duplicates > 0) warnings.push(`${duplicates} feed(s) listed twice: merged`);
  if (beyondCap > 0) {
    warnings.push(`${beyondCap} feed(s) beyond the first ${MAX_OPML_FEEDS}: left out`);
  }
  return { feeds, title, warnings };
}

function decodedText(bytes: Uint8Array, fileName: string): string {
  try {
    return decodeDocument(bytes).text;
  } catch (error) {
    if (error instanceof FeedError) throw new RemoteError("opml", `${fileName}: ${error.message}`);
    throw error;
  }
}

function textOf(element: XmlElement): string {
  return element.children.filter((child) => typeof child === "string").join("");
}
