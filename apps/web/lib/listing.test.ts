import type { Article } from "@broadsheet/article";
import { minimalArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { type Listing, listingPages } from "./listing";
import { LISTING_PAGE_SIZE } from "./pagination";
import { indexArticles } from "./site-index";

/** `count` articles, newest first, filed in two sections in turn. */
function archive(count: number): Article[] {
  return Array.from({ length: count }, (_, index) => {
    const age = count - 1 - index;
    const day = new Date(Date.UTC(2020, 0, 1) + age * 86_400_000).toISOString();
    return minimalArticle({
      id: `a${age}`,
      slug: `a${age}`,
      datePublished: day,
      articleSection: age % 2 === 0 ? "World" : "City",
    });
  });
}

function byPath(listings: readonly Listing[]): Map<string, string> {
  return new Map(listings.map((listing) => [listing.path, JSON.stringify(listing)]));
}

describe("listingPages", () => {
  it("lists the front page's numbered pages and each section's first and numbered pages", () => {
    const pages = listingPages(indexArticles(archive(LISTING_PAGE_SIZE * 4 + 2)));
    expect(pages.map((listing) => listing.path)).toEqual([
      ...[1, 2, 3, 4, 5].map((page) => `/page/${page}`),
      "/section/city",
      ...[1, 2, 3].map((page) => `/section/city/page/${page}`),
      "/section/world",
      ...[1, 2, 3].map((page) => `/section/world/page/${page}`),
    ]);
    const oldest = pages[0];
    expect(oldest?.articles.at(-1)?.slug).toBe("a0");
    expect(oldest).toMatchObject({ page: 1, newer: "/page/2" });
    expect(oldest?.older).toBeUndefined();
    expect(pages.map((listing) => listing.canonical).slice(0, 5)).toEqual([
      "/page/1",
      "/page/2",
      "/page/3",
      "/",
      "/",
    ]);
    const city = pages.find((listing) => listing.path === "/section/city");
    expect(city).toMatchObject({ section: "city", older: "/section/city/page/1" });
    expect(city?.articles).toHaveLength(LISTING_PAGE_SIZE + 1);
  });

  it("changes only the newest pages of a listing when an article is published", () => {
    const before = byPath(listingPages(indexArticles(archive(LISTING_PAGE_SIZE * 6 + 10))));
    const after = byPath(listingPages(indexArticles(archive(LISTING_PAGE_SIZE * 6 + 11))));
    const changed = [...after].filter(([path, listing]) => before.get(path) !== listing);
    expect(changed.map(([path]) => path)).toEqual([
      "/page/7",
      "/section/world",
      "/section/world/page/4",
    ]);
  });
});
