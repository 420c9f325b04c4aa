import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { removeControls } from "../text/clean-text.js";
import { resolveLink, resolveUrl } from "../text/resolve-url.js";

/** What a page's `<link rel="alternate">` offers. */
export type AlternateKind = "atom" | "rss" | "json" | "markdown";

/** One alternate a page announces. */
export interface DiscoveredFeed {
  kind: AlternateKind;
  /** Absolute, http(s) only. */
  url: string;
  /** The link's `title`, if any. */
  title: string | undefined;
}

const KIND_OF_TYPE: Readonly<Record<string, AlternateKind>> = {
  "application/atom+xml": "atom",
  "application/rss+xml": "rss",
  "application/rdf+xml": "rss",
  "application/feed+json": "json",
  "application/json": "json",
  "text/markdown": "markdown",
};

type Attributes = Map<string, string>;

/** Collects the attributes of every `<link>` and `<base>` start tag, in document order. */
class LinkCollector implements TokenizerCallbacks {
  readonly tags: { name: string; attributes: Attributes }[] = [];
  private tagName = "";
  private attributes: Attributes = new Map();
  private attributeName = "";
  private value: string[] = [];

  constructor(private readonly source: string) {}

  onopentagname(start: number, endIndex: number): void {
    this.tagName = this.source.slice(start, endIndex).toLowerCase();
    this.attributes = new Map();
  }

  onattribname(start: number, endIndex: number): void {
    this.attributeName = this.source.slice(start, endIndex).toLowerCase();
    this.value = [];
  }

  onattribdata(start: number, endIndex: number): void {
    this.value.push(this.source.slice(start, endIndex));
  }

  onattribentity(codepoint: number): void {
    this.value.push(String.fromCodePoint(codepoint));
  }

  onattribend(): void {
    if (!this.attributes.has(this.attributeName)) {
      this.attributes.set(this.attributeName, this.value.join(""));
    }
  }

  onopentagend(): void {
    if (this.tagName === "link" || this.tagName === "base") {
      this.tags.push({ name: this.tagName, attributes: this.attributes });
    }
  }

  onselfclosingtag(): void {
    this.onopentagend();
  }

  oncdata(): void {}
  onclosetag(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onend(): void {}
  onprocessinginstruction(): void {}
  ontext(): void {}
  ontextentity(): void {}
}

/**
 * The feeds (Atom, RSS, JSON Feed) and the Markdown alternate a page announces with
 * `<link rel="alternate" type="…" href="…">`, in document order, each URL made absolute against
 * the page's `<base href>` and URL; links that are not http(s) are left out.
 *
 * @param html - the page, decoded
 * @param pageUrl - the URL the page was read from
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const collector = new LinkCollector(html);
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, collector);
  tokenizer.write(html);
  tokenizer.end();
  let base = pageUrl;
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const { name, attributes } of collector.tags) {
    const href = attributes.get("href");
    if (name === "base") {
      if (href !== undefined && base === pageUrl) base = resolveUrl(href, pageUrl) ?? pageUrl;
      continue;
    }
    const rels = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
    if (!rels.includes("alternate")) continue;
    const type = (attributes.get("type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const kind = KIND_OF_TYPE[type];
    const url = href === undefined ? undefined : resolveLink(href, base);
    if (kind === undefined || url === undefined || seen.has(`${kind} ${url}`)) continue;
    seen.add(`${kind} ${url}`);
    const title = attributes.get("title");
    feeds.push({
      kind,
      url,
      title: title === undefined ? undefined : removeControls(title).trim() || undefined,
    });
  }
  return feeds;
}
