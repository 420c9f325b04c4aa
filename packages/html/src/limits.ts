import type { HtmlError } from "./html-result.js";

/**
 * The limits `htmlToArticle` keeps a page within, so that reading it takes linear time and
 * bounded memory, and the checks that find a page over one: an error saying what to change.
 */

/** Characters of HTML read: ten times a long news page with its scripts and styles inline. */
export const MAX_HTML_LENGTH = 10_000_000;

/**
 * Elements in the parsed page (the longest Wikipedia page in Readability's test corpus has about
 * 10,000). The main-text extraction takes time in proportion to elements times their depth.
 */
export const MAX_ELEMENTS = 30_000;

/**
 * Elements open inside each other: the extraction and the conversion walk up and down the tree.
 * Real pages nest a few dozen deep.
 */
export const MAX_NESTING_DEPTH = 64;

const count = (n: number) => n.toLocaleString("en-US");

const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)|<!--/g;

/** Elements that never hold anything, and those whose end tag may be left out. */
const NOT_NESTING = new Set(
  (
    "area base br col embed hr img input link meta param source track wbr " +
    "p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption html head body"
  ).split(" "),
);

/** Elements whose content is text up to their end tag, never tags. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);

/**
 * An error when the HTML's tags, read before it is parsed, open more than {@link MAX_ELEMENTS}
 * elements or leave more than four times {@link MAX_NESTING_DEPTH} open at once (the parser
 * slows down on either). Comments and the text of scripts and styles are passed over; a tag
 * with an optional end tag or none is not counted as open. Reads each character once.
 */
export function tagsOverLimit(html: string): HtmlError | undefined {
  const lower = html.toLowerCase();
  let opened = 0;
  let open = 0;
  TAG_START.lastIndex = 0;
  for (let match = TAG_START.exec(html); match; match = TAG_START.exec(html)) {
    const [tag, closing, raw = ""] = match;
    const close = lower.indexOf(tag === "<!--" ? "-->" : ">", TAG_START.lastIndex);
    if (close === -1) break;
    TAG_START.lastIndex = close + 1;
    if (tag === "<!--") continue;
    const name = raw.toLowerCase();
    if (closing) {
      if (!NOT_NESTING.has(name)) open = Math.max(0, open - 1);
      continue;
    }
    if (++opened > MAX_ELEMENTS) return tooManyElements();
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, TAG_START.lastIndex);
      if (end === -1) break;
      TAG_START.lastIndex = end;
      continue;
    }
    const selfClosing = html[close - 1] === "/";
    if (!selfClosing && !NOT_NESTING.has(name) && ++open > 4 * MAX_NESTING_DEPTH) {
      return tooDeep(name);
    }
  }
  return undefined;
}

function tooManyElements(): HtmlError {
  return {
    message: `the HTML has more than ${count(MAX_ELEMENTS)} elements, far more than an article's page; save only the article's part of the page`,
  };
}

function tooDeep(name: string): HtmlError {
  return {
    message: `the HTML nests elements more than ${MAX_NESTING_DEPTH} deep (at a <${name}>), over what Broadsheet reads; a page nests a few dozen at most, so close the elements left open`,
  };
}

/** An error when the HTML is longer than {@link MAX_HTML_LENGTH}. */
export function lengthOverLimit(length: number): HtmlError | undefined {
  if (length <= MAX_HTML_LENGTH) return undefined;
  return {
    message: `the HTML is ${count(length)} characters, over the ${count(MAX_HTML_LENGTH)} Broadsheet reads; save only the article's part of the page`,
  };
}

/**
 * An error when the parsed page has more than {@link MAX_ELEMENTS} elements or nests them deeper
 * than {@link MAX_NESTING_DEPTH}, found in one walk that uses no recursion. Linear.
 */
export function treeOverLimit(root: Node): HtmlError | undefined {
  let elements = 0;
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      if (++elements > MAX_ELEMENTS) return tooManyElements();
    }
    const child = node.firstChild;
    if (child) {
      if (++depth > MAX_NESTING_DEPTH) return tooDeep((node as Element).localName ?? "element");
      node = child;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (node === root) return undefined;
    }
    node = node?.nextSibling ?? null;
  }
  return undefined;
}
