import { everyBlockArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { atomFeed } from "./atom-feed";
import { jsonFeed } from "./json-feed";
import { renderFeedHtml } from "./render-feed-html";

const article = everyBlockArticle();
const items = [{ article, html: renderFeedHtml(article) }];

describe("atomFeed", () => {
  const xml = atomFeed(items);

  it("escapes text so article content never becomes markup", () => {
    expect(xml).not.toContain("<script");
    expect(xml).toContain(
      "Harbour Bridge Reopens &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
    );
    expect(xml).toContain("&lt;img src=x onerror=alert(1)&gt;".replace(/&/g, "&amp;"));
  });

  it("carries the full content as HTML, and links to the page and the Markdown", () => {
    expect(xml).toContain(
      '<content type="html">&lt;figure class=&quot;figure lead-figure&quot;&gt;',
    );
    expect(xml).toContain("Corrections and updates");
    expect(xml).toContain('href="https://broadsheet.example/articles/harbour-bridge-reopens.md"');
    expect(xml).toMatch(/<updated>2025-09-15T10:30:00\+02:00<\/updated>/);
  });
});

describe("jsonFeed", () => {
  it("is a JSON Feed 1.1 with full content", () => {
    const feed = jsonFeed(items);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    const [item] = feed.items as Record<string, unknown>[];
    expect(item?.content_html).toBe(items[0]?.html);
    expect(item?.content_html).toContain("<em>bridge</em>");
    expect(item?.content_html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(item?.date_published).toBe("2025-09-14T08:00:00+02:00");
  });
});
