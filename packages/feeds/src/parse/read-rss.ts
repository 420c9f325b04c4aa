import type { FeedFormat } from "../feed-types.js";
import { escapeHtml } from "../text/html-to-text.js";
import { resolveLink } from "../text/resolve-url.js";
import { NS } from "../xml/namespaces.js";
import { innerHtml } from "../xml/serialize.js";
import { attribute, child, children, textContent, type XmlElement } from "../xml/xml-node.js";
import type { FeedShape } from "./feed-shape.js";
import { emptyDraft, type ItemDraft, looksLikeHtml, titleText } from "./item-draft.js";

/** Longer author fields are no address and name, and are not searched for one. */
const MAX_AUTHOR_LENGTH = 320;

/** `jane@example.com (Jane Doe)` -> `Jane Doe`; a bare address or name stays as it is. */
function authorName(text: string): string {
  if (text.length > MAX_AUTHOR_LENGTH) return text;
  const named = /^\s*[^\s@]+@\S+\s*\((.+)\)\s*$/.exec(text);
  return named?.[1] ?? text;
}

function textOf(element: XmlElement | undefined): string | undefined {
  return element === undefined ? undefined : textContent(element);
}

function htmlOf(element: XmlElement | undefined): string | undefined {
  return element === undefined ? undefined : innerHtml(element, "source");
}

function markdownAlternate(item: XmlElement): string | undefined {
  for (const link of children(item, NS.atom, "link")) {
    const rel = (attribute(link, "rel") ?? "alternate").toLowerCase();
    if (rel === "alternate" && attribute(link, "type")?.toLowerCase() === "text/markdown") {
      return resolveLink(attribute(link, "href") ?? "", link.base);
    }
  }
  return undefined;
}

function plainSummary(item: XmlElement): string | undefined {
  const summary =
    child(item, NS.itunes, "summary") ??
    child(child(item, NS.media, "group") ?? item, NS.media, "description");
  return summary === undefined ? undefined : escapeHtml(textContent(summary));
}

function readItem(item: XmlElement, ns: string): ItemDraft {
  const draft = emptyDraft();
  const guid = child(item, ns, "guid");
  const link = textOf(child(item, ns, "link"));
  const about = attribute(item, "about", NS.rdf);
  const description = child(item, ns, "description");
  const encoded = child(item, NS.content, "encoded");
  draft.id = textOf(guid) ?? about;
  draft.url =
    (link === undefined ? undefined : resolveLink(link, item.base)) ??
    (guid !== undefined && attribute(guid, "ispermalink")?.toLowerCase() !== "false"
      ? resolveLink(textContent(guid), item.base)
      : undefined);
  draft.title = textOf(child(item, ns, "title"));
  draft.titleIsHtml = draft.title !== undefined && looksLikeHtml(draft.title);
  draft.published = textOf(child(item, ns, "pubdate") ?? child(item, NS.dc, "date"));
  draft.updated = textOf(child(item, NS.atom, "updated"));
  draft.authors = [
    ...children(item, ns, "author").map((author) => authorName(textContent(author))),
    ...children(item, NS.dc, "creator").map(textContent),
  ];
  if (draft.authors.length === 0) {
    draft.authors = children(item, NS.itunes, "author").map(textContent);
  }
  draft.categories = [
    ...children(item, ns, "category").map(textContent),
    ...children(item, NS.dc, "subject").map(textContent),
  ];
  draft.summaryHtml = htmlOf(description) ?? plainSummary(item);
  draft.contentHtml = htmlOf(encoded);
  draft.contentBase = (encoded ?? description ?? item).base;
  draft.markdownAlternate = markdownAlternate(item);
  return draft;
}

/** The items of RSS 2.0 / 0.9x: in the channel, or (in broken feeds) beside it. */
function rssItems(rss: XmlElement, channel: XmlElement | undefined): XmlElement[] {
  const inChannel = channel === undefined ? [] : children(channel, "", "item");
  return inChannel.length > 0 ? inChannel : children(rss, "", "item");
}

/** Reads an RSS 2.0 or 0.9x `<rss>` document: the channel's title and link, and its items. */
export function readRss(rss: XmlElement): FeedShape<XmlElement> {
  const channel = child(rss, "", "channel");
  const format: FeedFormat = "rss";
  return {
    format,
    title: titleText(textOf(channel === undefined ? undefined : child(channel, "", "title"))),
    homePage:
      channel === undefined
        ? undefined
        : resolveLink(textOf(child(channel, "", "link")) ?? "", channel.base),
    entries: rssItems(rss, channel),
    readItem: (item) => readItem(item, ""),
  };
}

/** The namespace an RDF feed's channel and items are in: RSS 1.0's, 0.9's, or none. */
function rdfNamespace(rdf: XmlElement): string {
  for (const ns of [NS.rss1, NS.rss09, ""]) {
    if (child(rdf, ns, "channel") !== undefined || child(rdf, ns, "item") !== undefined) return ns;
  }
  return NS.rss1;
}

/** Reads an RSS 1.0 (or 0.9) `<rdf:RDF>` document: the channel, and the items beside it. */
export function readRdf(rdf: XmlElement): FeedShape<XmlElement> {
  const ns = rdfNamespace(rdf);
  const channel = child(rdf, ns, "channel");
  const format: FeedFormat = "rdf";
  return {
    format,
    title: titleText(textOf(channel === undefined ? undefined : child(channel, ns, "title"))),
    homePage:
      channel === undefined
        ? undefined
        : resolveLink(textOf(child(channel, ns, "link")) ?? "", channel.base),
    entries: children(rdf, ns, "item"),
    readItem: (item) => readItem(item, ns),
  };
}
