/** An element of parsed HTML: its name, attributes (by name) and children. */
export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}

/** A node of parsed HTML: text (entities as written) or an element. */
export type HtmlNode = string | HtmlElement;

const VOID = new Set(["area", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"]);
const TOKEN =
  /<\/([a-z][a-z\d]*)>|<([a-z][a-z\d]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gy;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:="([^"]*)")?/g;

/**
 * The nodes of an HTML fragment as React writes it (double-quoted attributes, `<x/>` for void
 * elements, `<` always escaped in text), for comparing two renderings in tests. Throws at
 * anything else, naming the offset, and at a closing tag that does not match.
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { name: "#root", attributes: {}, children: [] };
  const open: HtmlElement[] = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(html);
    if (!token)
      throw new Error(`parseHtml: no tag or text at offset ${at}: ${html.slice(at, at + 40)}`);
    const [, closing, name, attributeText = "", selfClosing, text] = token;
    const parent = open.at(-1) as HtmlElement;
    if (text !== undefined) {
      parent.children.push(text);
    } else if (closing !== undefined) {
      if (parent.name !== closing) {
        throw new Error(`parseHtml: </${closing}> at offset ${at} closes <${parent.name}>`);
      }
      open.pop();
    } else if (name !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, key = "", value = ""] of attributeText.matchAll(ATTRIBUTE)) {
        attributes[key] = value;
      }
      const element: HtmlElement = { name, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing && !VOID.has(name)) open.push(element);
    }
  }
  if (open.length > 1) throw new Error(`parseHtml: <${open.at(-1)?.name}> is never closed`);
  return root.children;
}

/** Every element of the nodes, depth first. */
export function elementsOf(nodes: readonly HtmlNode[]): HtmlElement[] {
  return nodes.flatMap((node) =>
    typeof node === "string" ? [] : [node, ...elementsOf(node.children)],
  );
}

/** The nodes with `change` applied to each element, children first; `null` drops the element. */
export function mapElements(
  nodes: readonly HtmlNode[],
  change: (element: HtmlElement) => HtmlElement | null,
): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (typeof node === "string") return [node];
    const changed = change({ ...node, children: mapElements(node.children, change) });
    return changed ? [changed] : [];
  });
}
