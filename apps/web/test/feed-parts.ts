import { expect } from "vitest";
import { elementsOf, type HtmlElement, type HtmlNode, mapElements } from "@/test/html-tree";

/** The element's `class` attribute, or "". */
export const classOf = (element: HtmlElement): string => element.attributes.class ?? "";

/** The nodes without the `fetchPriority` and `loading` hints of their pictures. */
export function withoutLoadingHints(nodes: HtmlNode[]): HtmlNode[] {
  return mapElements(nodes, (element) => {
    if (element.name !== "img") return element;
    const { fetchPriority: _priority, loading: _loading, ...attributes } = element.attributes;
    return { ...element, attributes };
  });
}

/**
 * The parts of an article page a feed carries (lead picture, body, corrections), without the
 * page-only touches the feed leaves out: each subhead's self-link and the space before it, and
 * the pictures' loading hints.
 */
export function feedPartsOfPage(page: HtmlNode[], parts: string[]): HtmlNode[] {
  const carried = elementsOf(page).filter((element) =>
    ["lead-figure", "article-body", "corrections"].some((name) =>
      classOf(element).split(" ").includes(name),
    ),
  );
  expect(carried.map(classOf)).toEqual(parts);
  return withoutLoadingHints(
    mapElements(carried, (element) => {
      const last = element.children.at(-1);
      if (typeof last === "string" || last === undefined || classOf(last) !== "anchor") {
        return element;
      }
      const before = element.children.at(-2);
      if (typeof before !== "string" || !before.endsWith(" ")) {
        throw new Error(`no space before the self-link of <${element.name}>`);
      }
      const text = before.slice(0, -1);
      return { ...element, children: [...element.children.slice(0, -2), ...(text ? [text] : [])] };
    }),
  );
}

const XML_ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&amp;": "&",
};

/** The HTML content of each entry of an Atom feed, unescaped. */
export function atomContents(xml: string): string[] {
  return [...xml.matchAll(/<content type="html">([^<]*)<\/content>/g)].map(([, escaped = ""]) =>
    escaped.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => XML_ENTITIES[entity] ?? entity),
  );
}
