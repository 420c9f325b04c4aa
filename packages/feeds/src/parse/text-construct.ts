import { escapeHtml, htmlToText } from "../text/html-to-text.js";
import { NS } from "../xml/namespaces.js";
import { innerHtml } from "../xml/serialize.js";
import { attribute, childElements, textContent, type XmlElement } from "../xml/xml-node.js";

type TextKind = "text" | "html" | "xhtml" | "other";

/** The kind of an Atom text construct or content, from its `type` (and Atom 0.3's `mode`). */
function kindOf(element: XmlElement): TextKind {
  const type = (attribute(element, "type") ?? "text").trim().toLowerCase();
  if (attribute(element, "mode")?.toLowerCase() === "escaped") return "html";
  if (type === "text" || type === "text/plain") return "text";
  if (type === "html" || type === "text/html") return "html";
  if (type === "xhtml" || type === "application/xhtml+xml") return "xhtml";
  return "other";
}

function xhtmlOf(element: XmlElement): string {
  const elements = childElements(element);
  const wrapper = elements.length === 1 ? elements[0] : undefined;
  const onlyDiv =
    wrapper !== undefined &&
    wrapper.key === "div" &&
    (wrapper.ns === NS.xhtml || wrapper.ns === "") &&
    element.children.every(
      (node) => node === wrapper || (typeof node === "string" && node.trim() === ""),
    );
  return innerHtml(onlyDiv ? wrapper : element, "markup");
}

/**
 * The HTML of an Atom text construct or content: `text` escaped, `html` as written, `xhtml` the
 * inner HTML of its `div`; undefined for other media types (and out-of-line `src` content).
 */
export function constructHtml(element: XmlElement | undefined): string | undefined {
  if (element === undefined || attribute(element, "src") !== undefined) return undefined;
  switch (kindOf(element)) {
    case "text":
      return escapeHtml(textContent(element));
    case "html":
      return innerHtml(element, "source");
    case "xhtml":
      return xhtmlOf(element);
    case "other":
      return undefined;
  }
}

/** The plain text of an Atom text construct (a title), on one line. */
export function constructText(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const kind = kindOf(element);
  if (kind === "text" || kind === "other") return textContent(element);
  return htmlToText(constructHtml(element) ?? "");
}
