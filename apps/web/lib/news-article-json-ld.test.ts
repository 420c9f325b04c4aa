import { everyBlockArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { newsArticleJsonLd } from "./news-article-json-ld";
import { scriptJson } from "./script-json";

describe("newsArticleJsonLd", () => {
  const data = newsArticleJsonLd(everyBlockArticle());

  it("has every property Google recommends, and more", () => {
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: everyBlockArticle().headline,
      image: [
        "https://img.example.org/bridge.jpg",
        "https://broadsheet.example/og/harbour-bridge-reopens.png",
      ],
      datePublished: "2025-09-14T08:00:00+02:00",
      dateModified: "2025-09-15T10:30:00+02:00",
      author: [{ "@type": "Person", name: "Ada Park", url: "https://people.example.org/ada" }],
      locationCreated: { "@type": "Place", name: "Malmö, Sweden" },
      articleSection: "Local",
      keywords: "bridges, transport",
      inLanguage: "en",
    });
    expect(data.wordCount).toBeGreaterThan(10);
  });
});

describe("scriptJson", () => {
  it("escapes < so no value can close the script element, and stays valid JSON", () => {
    const value = { headline: "</script><script>alert(1)</script><!--", amp: "&", ls: "\u2028" };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("newsArticleJsonLd without a byline", () => {
  it("leaves author out instead of writing an empty list", () => {
    const data = newsArticleJsonLd({ ...everyBlockArticle(), author: undefined });
    expect(data).not.toHaveProperty("author");
    expect(data).not.toHaveProperty("mainEntityOfPage");
    expect(data.url).toBe("https://broadsheet.example/articles/harbour-bridge-reopens");
  });
});
