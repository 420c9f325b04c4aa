import type { DefaultTreeAdapterMap } from "parse5";
import { parseFragment } from "parse5";
import { collapseSpace, imageFact, type Leaf, linkFact, markFact } from "./leaf.js";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

const BREAK = "\u2028";

const MARKS: Record<string, string> = {
  em: "em",
  i: "em",
  strong: "strong",
  b: "strong",
  code: "code",
  del: "strike",
  s: "strike",
  strike: "strike",
  sub: "sub",
  sup: "sup",
};

const LEAF_TAGS: Record<string, string> = {
  p: "p",
  h1: "h1",
  h2: "h2",
  h3: "h3",
  h4: "h4",
  h5: "h5",
  h6: "h6",
  pre: "code",
  figcaption: "p",
  caption: "p",
  dt: "p",
  dd: "p",
  summary: "p",
};

const CONTAINERS = new Set([
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "figure",
  "details",
  "nav",
  "body",
  "html",
  "center",
]);

const SKIPPED = new Set(["script", "style", "template", "head", "title", "meta", "link"]);

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

interface InlineFacts {
  text: string;
  links: string[];
  images: string[];
  marks: string[];
}

function collectInline(nodes: readonly Node[], facts: InlineFacts): void {
  for (const node of nodes) {
    if (node.nodeName === "#text") {
      facts.text += (node as DefaultTreeAdapterMap["textNode"]).value;
      continue;
    }
    if (!isElement(node) || SKIPPED.has(node.tagName)) continue;
    const tag = node.tagName;
    if (tag === "br") {
      facts.text += BREAK;
      continue;
    }
    if (tag === "img") {
      facts.images.push(imageFact(attribute(node, "alt") ?? "", attribute(node, "src") ?? ""));
      continue;
    }
    const inner: InlineFacts = {
      text: "",
      links: facts.links,
      images: facts.images,
      marks: facts.marks,
    };
    const at = { links: facts.links.length, marks: facts.marks.length };
    const children = tag === "template" ? [] : node.childNodes;
    collectInline(children, inner);
    const text = collapseSpace(inner.text);
    if (tag === "a") {
      const href = attribute(node, "href");
      const siteAnchor = text === "" && (href === undefined || href.startsWith("#"));
      if (!siteAnchor) facts.links.splice(at.links, 0, linkFact(text, href ?? ""));
    }
    const mark = MARKS[tag];
    if (mark !== undefined) facts.marks.splice(at.marks, 0, markFact(mark, text));
    facts.text += LEAF_TAGS[tag] !== undefined || tag === "li" ? ` ${inner.text} ` : inner.text;
  }
}

function leafOf(kind: string, nodes: readonly Node[], place?: string): Leaf {
  const facts: InlineFacts = { text: "", links: [], images: [], marks: [] };
  collectInline(nodes, facts);
  const leaf: Leaf = {
    kind,
    text: collapseSpace(facts.text),
    links: facts.links,
    images: facts.images,
    marks: facts.marks,
  };
  if (place !== undefined) leaf.place = place;
  return leaf;
}

function isBlockish(node: Node): boolean {
  if (!isElement(node)) return false;
  const tag = node.tagName;
  return (
    LEAF_TAGS[tag] !== undefined ||
    CONTAINERS.has(tag) ||
    ["blockquote", "ul", "ol", "table", "hr", "li", "tr", "thead", "tbody", "tfoot"].includes(tag)
  );
}

function walkList(list: Element, prefix: string, out: Leaf[]): void {
  const ordered = list.tagName === "ol";
  const startText = attribute(list, "start");
  let number = ordered && startText !== undefined ? Number.parseInt(startText, 10) : 1;
  if (Number.isNaN(number)) number = 1;
  for (const item of list.childNodes) {
    if (!isElement(item) || item.tagName !== "li") continue;
    const value = attribute(item, "value");
    if (ordered && value !== undefined && !Number.isNaN(Number.parseInt(value, 10))) {
      number = Number.parseInt(value, 10);
    }
    const nested = item.childNodes.filter(
      (child) => isElement(child) && (child.tagName === "ul" || child.tagName === "ol"),
    );
    const own = item.childNodes.filter((child) => !nested.includes(child));
    out.push(leafOf(`${prefix}li`, own, ordered ? `${number}.` : "•"));
    for (const child of nested) walkList(child as Element, `${prefix}li > `, out);
    number++;
  }
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === "tr") rows.push(child);
    if (["thead", "tbody", "tfoot"].includes(child.tagName)) {
      for (const row of child.childNodes)
        if (isElement(row) && row.tagName === "tr") rows.push(row);
    }
  }
  return rows;
}

function walkTable(table: Element, prefix: string, out: Leaf[]): void {
  for (const child of table.childNodes) {
    if (isElement(child) && child.tagName === "caption")
      out.push(leafOf(`${prefix}p`, child.childNodes));
  }
  tableRows(table).forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.childNodes) {
      if (!isElement(cell) || (cell.tagName !== "td" && cell.tagName !== "th")) continue;
      out.push(
        leafOf(`${prefix}${cell.tagName}`, cell.childNodes, `row ${rowIndex}, column ${column}`),
      );
      column++;
    }
  });
}

/** Adds a leaf unless it shows nothing (an empty paragraph a renderer leaves behind). */
function pushVisible(out: Leaf[], leaf: Leaf): void {
  if (leaf.text !== "" || leaf.images.length > 0 || leaf.links.length > 0) out.push(leaf);
}

function walkBlocks(nodes: readonly Node[], prefix: string, out: Leaf[]): void {
  let loose: Node[] = [];
  const flush = () => {
    pushVisible(out, leafOf(`${prefix}text`, loose));
    loose = [];
  };
  for (const node of nodes) {
    if (!isBlockish(node)) {
      if (!isElement(node) || !SKIPPED.has(node.tagName)) loose.push(node);
      continue;
    }
    flush();
    const element = node as Element;
    const tag = element.tagName;
    const leafKind = LEAF_TAGS[tag];
    if (leafKind !== undefined)
      pushVisible(out, leafOf(`${prefix}${leafKind}`, element.childNodes));
    else if (tag === "hr")
      out.push({ kind: `${prefix}hr`, text: "", links: [], images: [], marks: [] });
    else if (tag === "blockquote") walkBlocks(element.childNodes, `${prefix}quote > `, out);
    else if (tag === "ul" || tag === "ol") walkList(element, prefix, out);
    else if (tag === "table") walkTable(element, prefix, out);
    else if (tag === "li") out.push(leafOf(`${prefix}li`, element.childNodes, "•"));
    else walkBlocks(element.childNodes, prefix, out);
  }
  flush();
}

/**
 * What a page shows, block by block: parses the body HTML a platform produced (parse5, as a
 * browser does) and lists each paragraph, heading, list item (with its visible number), table
 * cell, quote and code block with its text, links, images and marks. Headings' empty `#`
 * anchors, which sites add, are left out.
 */
export function pageLeaves(html: string): Leaf[] {
  const out: Leaf[] = [];
  walkBlocks(parseFragment(html).childNodes, "", out);
  return out;
}
