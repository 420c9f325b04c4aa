/** An attribute with its namespace resolved. */
export interface XmlAttribute {
  /** As written, with its prefix. */
  name: string;
  local: string;
  /** "" for an unprefixed attribute. */
  ns: string;
  value: string;
}

/** An element with its namespace and `xml:base` resolved. */
export interface XmlElement {
  /** As written, with its prefix. */
  name: string;
  local: string;
  /** The local name in lower case, for the formats that are loose about case. */
  key: string;
  ns: string;
  attributes: XmlAttribute[];
  /** Elements and character data (entities decoded, CDATA as it was). */
  children: XmlNode[];
  /** The URL relative references inside it resolve against, when known. */
  base: string | undefined;
}

export type XmlNode = XmlElement | string;

/** The elements among a node's children. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== "string");
}

/** The first child element in a namespace with a local name (matched in lower case). */
export function child(element: XmlElement, ns: string, key: string): XmlElement | undefined {
  for (const node of element.children) {
    if (typeof node !== "string" && node.key === key && node.ns === ns) return node;
  }
  return undefined;
}

/** Every child element in a namespace with a local name (matched in lower case). */
export function children(element: XmlElement, ns: string, key: string): XmlElement[] {
  return childElements(element).filter((node) => node.key === key && node.ns === ns);
}

/** An attribute's value by its local name, unprefixed unless `ns` is given. */
export function attribute(element: XmlElement, local: string, ns = ""): string | undefined {
  for (const attr of element.attributes) {
    if (attr.ns === ns && attr.local.toLowerCase() === local) return attr.value;
  }
  return undefined;
}

/** The character data directly inside an element and its descendants, joined. */
export function textContent(element: XmlElement): string {
  const parts: string[] = [];
  const visit = (node: XmlElement): void => {
    for (const part of node.children) {
      if (typeof part === "string") parts.push(part);
      else visit(part);
    }
  };
  visit(element);
  return parts.join("");
}
