import { type Article, BLOCK_TYPES, MARK_ELEMENTS } from "@broadsheet/article";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleView } from "@/components/ArticleView";
import { articlePath } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { atomContents, classOf, feedPartsOfPage, withoutLoadingHints } from "@/test/feed-parts";
import { elementsOf, parseHtml } from "@/test/html-tree";
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

describe("the feeds' HTML", () => {
  const pageUrl = absoluteUrl(articlePath(article.slug));
  const page = parseHtml(
    absoluteUrls(renderToStaticMarkup(<ArticleView article={article} />), pageUrl),
  );
  const expected = feedPartsOfPage(page, ["figure lead-figure", "article-body", "corrections"]);
  const items = [{ article, html: renderFeedHtml(article) }];
  const [jsonItem] = jsonFeed(items).items as { content_html: string }[];
  const feeds = {
    atom: parseHtml(atomContents(atomFeed(items))[0] ?? ""),
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
