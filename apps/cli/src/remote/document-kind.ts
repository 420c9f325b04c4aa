/** What a fetched document is, as far as reading it goes. */
export type DocumentKind = "feed" | "html" | "markdown" | "other";

const FEED_TYPES = new Set([
  "application/atom+xml",
  "application/rss+xml",
  "application/rdf+xml",
  "application/feed+json",
  "application/xml",
  "text/xml",
  "application/json",
]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const MARKDOWN_TYPES = new Set(["text/markdown", "text/x-markdown"]);
const FEED_ROOTS = new Set(["rss", "feed", "rdf:rdf", "rdf"]);

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType?.split(";")[0] ?? "").trim().toLowerCase();
}

/** The name of the first element of a markup document (after declarations and comments). */
function firstElement(text: string): string | undefined {
  const start = text.slice(0, 4096).replace(/<!--[\s\S]*?-->/g, "");
  return /<([A-Za-z][\w:.-]*)/.exec(start)?.[1]?.toLowerCase();
}

function sniff(text: string): DocumentKind {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{"))
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(start.slice(0, 4096))
      ? "feed"
      : "other";
  if (!start.startsWith("<")) return "other";
  const root = firstElement(start);
  if (root === "html") return "html";
  if (root !== undefined && FEED_ROOTS.has(root)) return "feed";
  return /^<!doctype html/i.test(start) ? "html" : "other";
}

/**
 * Whether a document is a feed, an HTML page, Markdown or something else: by its Content-Type,
 * checked against its first bytes (a feed served as `text/html` is a feed, a page served as XML
 * a page), and by its first element or JSON Feed version when the type says nothing useful
 * (`text/plain`, `application/octet-stream`, none). Plain text at an address ending in `.md`
 * is Markdown.
 */
export function documentKind(
  contentType: string | undefined,
  text: string,
  url: string,
): DocumentKind {
  const type = mediaTypeOf(contentType);
  if (MARKDOWN_TYPES.has(type)) return "markdown";
  const sniffed = sniff(text);
  if (HTML_TYPES.has(type)) return sniffed === "feed" ? "feed" : "html";
  if (FEED_TYPES.has(type)) return sniffed === "html" ? "html" : "feed";
  if (sniffed !== "other") return sniffed;
  const path = URL.canParse(url) ? new URL(url).pathname.toLowerCase() : "";
  return path.endsWith(".md") || path.endsWith(".markdown") ? "markdown" : "other";
}
