import { everyBlockArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { indexArticles } from "@/lib/site-index";
import {
  SITEMAP_URL_LIMIT,
  sitemapEntries,
  sitemapPartPath,
  sitemapParts,
} from "./sitemap-entries";
import { sitemapIndexXml, urlSetXml } from "./sitemap-xml";

const entry = (index: number) => ({ url: `https://example.org/articles/${index}` });

describe("sitemapParts", () => {
  it("keeps every file within the protocol's 50,000 URLs, in order, losing none", () => {
    const entries = Array.from({ length: SITEMAP_URL_LIMIT * 2 + 1 }, (_, index) => entry(index));
    const parts = sitemapParts(entries);
    expect(parts.map((part) => part.length)).toEqual([SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT, 1]);
    expect(parts.flat()).toEqual(entries);
  });

  it("gives one (empty) file for no entries, so the index always names a file", () => {
    expect(sitemapParts([])).toEqual([[]]);
    expect(sitemapPartPath(1)).toBe("/sitemaps/1.xml");
  });
});

describe("sitemapEntries", () => {
  it("lists the front page, the section and the article with its modification", () => {
    const article = { ...everyBlockArticle(), dateModified: "2025-09-15T10:00:00Z" };
    const urls = sitemapEntries(indexArticles([article]));
    expect(urls.map((url) => url.url)).toEqual([
      "https://broadsheet.example/",
      "https://broadsheet.example/section/local",
      `https://broadsheet.example/articles/${article.slug}`,
    ]);
    expect(urls.at(-1)?.lastModified).toBe("2025-09-15T10:00:00Z");
  });
});

describe("sitemap XML", () => {
  it("escapes URLs and writes a urlset and a sitemap index", () => {
    const set = urlSetXml([{ url: "https://example.org/?a=1&b=<2>", lastModified: "2025-01-01" }]);
    expect(set).toContain(
      "<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc><lastmod>2025-01-01</lastmod>",
    );
    expect(set).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    const index = sitemapIndexXml([{ url: "https://example.org/sitemaps/1.xml" }]);
    expect(index).toContain("<sitemapindex");
    expect(index).toContain("<sitemap><loc>https://example.org/sitemaps/1.xml</loc></sitemap>");
  });
});
