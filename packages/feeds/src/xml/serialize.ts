import { escapeHtml } from "../text/html-to-text.js";
import type { XmlElement, XmlNode } from "./xml-node.js";

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * How character data becomes HTML: `markup` where it is XML text (Atom XHTML content, escaped on
 * the way out), `source` where the text itself is HTML (RSS descriptions, Atom `type="html"`).
 */
export type TextMode = "markup" | "source";

function serializeNode(node: XmlNode, mode: TextMode, parts: string[]): void {
  if (typeof node === "string") {
    parts.push(mode === "markup" ? escapeHtml(node) : node);
    return;
  }
  parts.push("<", node.local);
  for (const attr of node.attributes) {
    if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue;
    parts.push(" ", attr.local, '="', escapeHtml(attr.value), '"');
  }
  parts.push(">");
  if (node.children.length === 0 && VOID_ELEMENTS.has(node.key)) return;
  for (const child of node.children) serializeNode(child, mode, parts);
  parts.push("</", node.local, ">");
}

/** The HTML of an element's children (its inner HTML), prefixes dropped. */
export function innerHtml(element: XmlElement, mode: TextMode): string {
  const parts: string[] = [];
  for (const child of element.children) serializeNode(child, mode, parts);
  return parts.join("");
}
