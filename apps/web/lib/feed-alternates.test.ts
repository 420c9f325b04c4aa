import { everyBlockArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { articleMetadata, openGraphLocale } from "./article-metadata";
import { FEED_ALTERNATE_TYPES, withFeedAlternates } from "./feed-alternates";
import { listingMetadata, siteMetadata } from "./site-metadata";

describe("withFeedAlternates", () => {
  it("keeps the feed links beside a page's canonical URL", () => {
    expect(withFeedAlternates({ canonical: "/x" })).toEqual({
      canonical: "/x",
      types: FEED_ALTERNATE_TYPES,
    });
  });

  it("merges a page's own alternate types with the feeds", () => {
    const types = withFeedAlternates({ types: { "text/markdown": "/x.md" } }).types;
    expect(Object.keys(types ?? {}).sort()).toEqual([
      "application/atom+xml",
      "application/feed+json",
      "text/markdown",
    ]);
  });

  it("is used by every kind of page, so none loses its feed links", () => {
    for (const metadata of [
      siteMetadata(),
      listingMetadata("/"),
      listingMetadata("/section/local", "Local"),
      articleMetadata(everyBlockArticle()),
    ]) {
      expect(metadata.alternates?.types).toMatchObject(FEED_ALTERNATE_TYPES);
    }
  });
});

describe("articleMetadata", () => {
  const metadata = articleMetadata(everyBlockArticle());

  it("sets the title, description, canonical URL and the Markdown alternate", () => {
    expect(metadata.title).toBe(everyBlockArticle().headline);
    expect(metadata.description).toMatch(/^The bridge is open/);
    expect(metadata.alternates?.canonical).toBe(
      "https://broadsheet.example/articles/harbour-bridge-reopens",
    );
    expect(metadata.alternates?.types?.["text/markdown"]).toEqual([
      { url: "/articles/harbour-bridge-reopens.md", title: "This article as Markdown" },
    ]);
  });

  it("describes an OpenGraph article with times, section, tags and a PNG image", () => {
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2025-09-14T08:00:00+02:00",
      modifiedTime: "2025-09-15T10:30:00+02:00",
      section: "Local",
      tags: ["bridges", "transport"],
      images: [{ url: "/og/harbour-bridge-reopens.png", width: 1200, height: 630 }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });
});

describe("openGraphLocale", () => {
  it("writes language_TERRITORY for a tag with a region and nothing for a bare language", () => {
    expect(openGraphLocale("en-GB")).toEqual({ locale: "en_GB" });
    expect(openGraphLocale("en-gb")).toEqual({ locale: "en_GB" });
    expect(openGraphLocale("zh-Hant-TW")).toEqual({ locale: "zh_TW" });
    expect(openGraphLocale("de")).toEqual({});
    expect(openGraphLocale("es-419")).toEqual({});
    expect(openGraphLocale(undefined)).toEqual({});
  });
});
