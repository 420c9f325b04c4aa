import type { FeedFormat } from "../feed-types.js";
import { escapeHtml } from "../text/html-to-text.js";
import { resolveLink } from "../text/resolve-url.js";
import { NS } from "../xml/namespaces.js";
import { attribute, child, children, textContent, type XmlElement } from "../xml/xml-node.js";
import type { FeedShape } from "./feed-shape.js";
import { emptyDraft, type ItemDraft } from "./item-draft.js";
import { constructHtml, constructText } from "./text-construct.js";

interface AtomLinks {
  alternate: string | undefined;
  markdown: string | undefined;
}

function linksOf(element: XmlElement, ns: string): AtomLinks {
  let alternate: string | undefined;
  let markdown: string | undefined;
  for (const link of children(element, ns, "link")) {
    const rel = (attribute(link, "rel") ?? "alternate").trim().toLowerCase();
    if (rel !== "alternate") continue;
    const type = (attribute(link, "type") ?? "").trim().toLowerCase();
    const href = resolveLink(attribute(link, "href") ?? "", link.base);
    if (href === undefined) continue;
    if (type === "text/markdown") markdown ??= href;
    else if (type === "" || type === "text/html" || type === "application/xhtml+xml") {
      alternate ??= href;
    }
  }
  return { alternate, markdown };
}

function personNames(element: XmlElement, ns: string): string[] {
  return children(element, ns, "author").map((author) => {
    const name = child(author, ns, "name");
    return name === undefined ? textContent(author) : textContent(name);
  });
}

function mediaDescription(entry: XmlElement): string | undefined {
  const group = child(entry, NS.media, "group") ?? entry;
  const description = child(group, NS.media, "description");
  return description === undefined ? undefined : escapeHtml(textContent(description));
}

function readEntry(entry: XmlElement, ns: string, feedAuthors: string[]): ItemDraft {
  const draft = emptyDraft();
  const links = linksOf(entry, ns);
  const content = child(entry, ns, "content");
  const summary = child(entry, ns, "summary");
  const id = child(entry, ns, "id");
  const authors = personNames(entry, ns);
  draft.id = id === undefined ? undefined : textContent(id);
  draft.url = links.alternate;
  draft.markdownAlternate = links.markdown;
  draft.title = constructText(child(entry, ns, "title"));
  draft.published = textOf(child(entry, ns, "published") ?? child(entry, ns, "issued"));
  draft.updated = textOf(child(entry, ns, "updated") ?? child(entry, ns, "modified"));
  draft.authors = authors.length > 0 ? authors : feedAuthors;
  draft.categories = children(entry, ns, "category").map(
    (category) => attribute(category, "label") ?? attribute(category, "term") ?? "",
  );
  draft.summaryHtml = constructHtml(summary) ?? mediaDescription(entry);
  draft.contentHtml = constructHtml(content);
  draft.contentBase = (content ?? summary ?? entry).base;
  if (draft.url === undefined && draft.id !== undefined) {
    draft.url = resolveLink(draft.id, undefined);
  }
  return draft;
}

function textOf(element: XmlElement | undefined): string | undefined {
  return element === undefined ? undefined : textContent(element);
}

/**
 * Reads an Atom 1.0 (or 0.3) `<feed>`: its title, home page and entries, each entry's content
 * by its `type` (text, html, xhtml), links resolved against `xml:base`.
 */
export function readAtom(feed: XmlElement): FeedShape<XmlElement> {
  const ns = feed.ns;
  const feedAuthors = personNames(feed, ns);
  const format: FeedFormat = "atom";
  return {
    format,
    title: constructText(child(feed, ns, "title")),
    homePage: linksOf(feed, ns).alternate,
    entries: children(feed, ns, "entry"),
    readItem: (entry) => readEntry(entry, ns, feedAuthors),
  };
}
