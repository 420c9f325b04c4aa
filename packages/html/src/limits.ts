import type { HtmlError } from "./html-result.js";

/**
 * The limits `htmlToArticle` keeps a page within, so that reading it takes linear time and
 * bounded memory, and the checks that find a page over one: an error saying what to change.
 */

/** Characters of HTML read: ten times a long news page with its scripts and styles inline. */
export const MAX_HTML_LENGTH = 10_000_000;

/** Elements in the parsed page: the main-text extraction scores each of them. */
export const MAX_ELEMENTS = 200_000;

/**
 * Elements open inside each other: the extraction and the conversion walk up and down the tree.
 * Real pages nest a few dozen deep.
 */
export const MAX_NESTING_DEPTH = 512;

const count = (n: number) => n.toLocaleString("en-US");

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
      if (++elements > MAX_ELEMENTS) {
        return {
          message: `the HTML has more than ${count(MAX_ELEMENTS)} elements, far more than an article's page; save only the article's part of the page`,
        };
      }
    }
    const child = node.firstChild;
    if (child) {
      if (++depth > MAX_NESTING_DEPTH) {
        const name = (node as Element).localName ?? "element";
        return {
          message: `the HTML nests elements more than ${MAX_NESTING_DEPTH} deep (at a <${name}>), over what Broadsheet reads; a page nests a few dozen at most, so close the elements left open`,
        };
      }
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
