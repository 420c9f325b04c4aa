import { type Article, BLOCK_TYPES, MARK_ELEMENTS } from "@broadsheet/article";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleView } from "@/components/ArticleView";
import { articlePath } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import {
  elementsOf,
  type HtmlElement,
  type HtmlNode,
  mapElements,
  parseHtml,
} from "@/test/html-tree";
import { absoluteUrls } from "./absolute-urls";
import { atomFeed } from "./atom-feed";
import { jsonFeed } from "./json-feed";
import { renderFeedHtml } from "./render-feed-html";

/** Every block type and mark, plus marks on one span, a line break and a mailto link. */
const article: Article = {
  ...everyBlockArticle(),
  body: [
    ...everyBlockArticle().body,
    {
      type: "paragraph",
      content: [
        { text: "late\nnews", marks: ["em", "strong"] },
        { text: "write to us", href: "mailto:desk@broadsheet.example" },
      ],
    },
  ],
};

const classOf = (element: HtmlElement) => element.attributes.class ?? "";

/**
 * The parts of the page a feed carries (lead picture, body, corrections), with the page-only
 * touches the feed leaves out taken away: each subhead's self-link and the space before it, and
 * the lead picture's loading hints.
 */
function feedPartsOfPage(nodes: HtmlNode[]): HtmlNode[] {
  const carried = elementsOf(nodes).filter((element) =>
    ["lead-figure", "article-body", "corrections"].some((name) =>
      classOf(element).split(" ").includes(name),
    ),
  );
  expect(carried.map(classOf)).toEqual(["figure lead-figure", "article-body", "corrections"]);
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

function withoutLoadingHints(nodes: HtmlNode[]): HtmlNode[] {
  return mapElements(nodes, (element) => {
    if (element.name !== "img") return element;
    const { fetchPriority: _priority, loading: _loading, ...attributes } = element.attributes;
    return { ...element, attributes };
  });
}

const XML_ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&amp;": "&",
};

function atomContent(xml: string): string {
  const escaped = /<content type="html">([^<]*)<\/content>/.exec(xml)?.[1];
  if (escaped === undefined) throw new Error("the Atom entry has no HTML content");
  return escaped.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => XML_ENTITIES[entity] ?? entity);
}

describe("the feeds' HTML", () => {
  const pageUrl = absoluteUrl(articlePath(article.slug));
  const page = parseHtml(
    absoluteUrls(renderToStaticMarkup(<ArticleView article={article} />), pageUrl),
  );
  const expected = feedPartsOfPage(page);
  const items = [{ article, html: renderFeedHtml(article) }];
  const [jsonItem] = jsonFeed(items).items as { content_html: string }[];
  const feeds = {
    atom: parseHtml(atomContent(atomFeed(items))),
    json: parseHtml(jsonItem?.content_html ?? ""),
  };

  it("renders every block type and every mark of the test article on the page", () => {
    expect(new Set(article.body.map((block) => block.type))).toEqual(new Set(BLOCK_TYPES));
    const names = new Set(elementsOf(expected).map((element) => element.name));
    for (const element of Object.values(MARK_ELEMENTS)) expect(names).toContain(element);
    for (const name of ["p", "h2", "h3", "blockquote", "ol", "ul", "img", "hr", "table", "aside"]) {
      expect(names).toContain(name);
    }
    const classes = elementsOf(expected).flatMap((element) => classOf(element).split(" "));
    for (const name of [
      "lead-figure",
      "block-quote",
      "pull-quote",
      "embed",
      "fact-box",
      "corrections",
    ]) {
      expect(classes).toContain(name);
    }
  });

  for (const [feed, content] of Object.entries(feeds)) {
    it(`${feed}: carries the page's elements, text and attributes (URLs absolute)`, () => {
      expect(withoutLoadingHints(content)).toEqual(expected);
    });

    it(`${feed}: has no script, head element or self-link, and only absolute URLs`, () => {
      const elements = elementsOf(content);
      const names = elements.map((element) => element.name);
      for (const name of ["script", "link", "meta", "style"]) expect(names).not.toContain(name);
      expect(elements.filter((element) => classOf(element) === "anchor")).toEqual([]);
      const urls = elements.flatMap((element) =>
        [element.attributes.href, element.attributes.src].filter((url) => url !== undefined),
      );
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) expect(url).toMatch(/^(?:https:\/\/|mailto:)/);
      expect(
        elements.some((element) => Object.keys(element.attributes).some((key) => /^on/i.test(key))),
      ).toBe(false);
    });
  }
});
