import { parseHTML } from "linkedom";

/** How to read the HTML: a whole page whose main text is extracted, or an article fragment. */
export type HtmlKind = "page" | "fragment";

const DOCTYPE = /<!doctype[^>]*(?:>|$)/gi;
const PAGE_START = /<(?:!doctype|html|head|body)[\s>]/i;

/**
 * Whether the HTML is a whole page (it opens with a doctype, `<html>`, `<head>` or `<body>` in
 * its first 4,096 characters) or a fragment such as a feed item's content.
 */
export function kindOf(html: string): HtmlKind {
  return PAGE_START.test(html.slice(0, 4096)) ? "page" : "fragment";
}

/** A document of the HTML as it is. */
function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * The HTML as a document: a fragment is placed in the body of an empty page (less any doctype,
 * which means nothing there), and so is a page that linkedom does not give an `<html>` root and
 * a body (one that leaves out its `<html>` tag, or opens a `<![CDATA[` before it).
 */
export function parseDocument(html: string, kind: HtmlKind): Document {
  const page = kind === "page" ? parse(html) : undefined;
  if (page?.documentElement?.localName === "html" && page.body) return page;
  return parse(`<html><head></head><body>${html.replace(DOCTYPE, "")}</body></html>`);
}
