import { parseHTML } from "linkedom";

/** How to read the HTML: a whole page whose main text is extracted, or an article fragment. */
export type HtmlKind = "page" | "fragment";

const PAGE_START = /<(?:!doctype|html|head|body)[\s>]/i;

/**
 * Whether the HTML is a whole page (it opens with a doctype, `<html>`, `<head>` or `<body>` in
 * its first 4,096 characters) or a fragment such as a feed item's content.
 */
export function kindOf(html: string): HtmlKind {
  return PAGE_START.test(html.slice(0, 4096)) ? "page" : "fragment";
}

/** The HTML as a document: a fragment is placed in the body of an empty page. */
export function parseDocument(html: string, kind: HtmlKind): Document {
  const source =
    kind === "page" ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
