import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { blockText } from "@broadsheet/article";
import type { FeedItem } from "@broadsheet/feeds";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openRemoteArticle } from "./open-remote-article.js";
import { resolveUrl } from "./resolve-url.js";
import {
  CONTENT_SENTENCE,
  MARKDOWN_LEAD,
  PAGE_SENTENCE,
  startTestSite,
  type TestSite,
} from "./test-site.js";

let site: TestSite;
let cacheDir: string;

beforeEach(async () => {
  site = await startTestSite();
  cacheDir = await mkdtemp(join(tmpdir(), "broadsheet-open-"));
});

afterEach(async () => {
  await site.close();
  await rm(cacheDir, { recursive: true, force: true });
});

async function items(): Promise<Map<string, FeedItem>> {
  const resolved = await resolveUrl(`${site.origin}/feed.xml`, { cacheDir });
  if (resolved.kind !== "feed") throw new Error("expected the feed");
  return new Map(resolved.items.map((item) => [item.id.split("/").at(-1) ?? "", item]));
}

function text(opened: Awaited<ReturnType<typeof openRemoteArticle>> | undefined): string {
  if (opened === undefined) return "";
  return opened.ok ? opened.article.body.map(blockText).join("\n") : opened.message;
}

describe("openRemoteArticle", () => {
  it("takes each item from its best source, and a page that 404s hides none of the others", async () => {
    const feed = await items();
    const opened = await Promise.all(
      ["ferry", "well", "library"].map((id) =>
        openRemoteArticle(feed.get(id) as FeedItem, { cacheDir }),
      ),
    );
    expect(opened.map((article) => article.ok && article.from)).toEqual([
      "markdown",
      "feed-content",
      "page",
    ]);
    const [ferry, well, library] = opened;
    expect(text(ferry).split("\n")[0]).toBe(MARKDOWN_LEAD);
    expect(text(well).split("\n")[0]).toBe(CONTENT_SENTENCE);
    expect(text(library)).toContain(PAGE_SENTENCE);
    expect(text(library)).not.toContain("The reading room is open again.");
  });

  it("records each fallback taken as a warning", async () => {
    const feed = await items();
    const well = await openRemoteArticle(feed.get("well") as FeedItem, { cacheDir });
    expect(well.ok && well.warnings).toHaveLength(1);
    expect(well.ok && well.warnings[0]).toMatch(new RegExp(`^the page: ${site.host}: .*404`));
    const library = await openRemoteArticle(feed.get("library") as FeedItem, { cacheDir });
    expect(library.ok && library.warnings).toEqual([
      `the Markdown alternate: ${site.host}: the page announces none`,
      "the feed's content: the feed gives only a summary of this item",
    ]);
  });

  it("gives the feed item's date, author and category to an article made from its content", async () => {
    const feed = await items();
    const feedFetchedAt = new Date("2026-03-04T10:00:00Z");
    const well = await openRemoteArticle(feed.get("well") as FeedItem, { cacheDir }, feedFetchedAt);
    expect(well.ok && well.fetchedAt).toEqual(feedFetchedAt);
    expect(well.ok && well.article).toMatchObject({
      headline: "Allotments share a well",
      datePublished: "2026-03-03T09:00:00.000Z",
      articleSection: "Gardens",
      url: `${site.origin}/articles/well`,
    });
    expect(well.ok && well.article.isBasedOn).toMatchObject({
      format: "html",
      url: `${site.origin}/feed.xml`,
      dateFetched: "2026-03-04T10:00:00.000Z",
      importer: "broadsheet-html/1",
    });
    expect(well).not.toHaveProperty("htmlSource");
  });

  it("falls back to the summary when nothing better can be read, and fails in one line when there is nothing", async () => {
    const lonely: FeedItem = {
      id: "x",
      url: `${site.origin}/gone`,
      title: "Gone",
      published: undefined,
      updated: undefined,
      author: undefined,
      categories: [],
      summaryHtml: "<p>Only a <em>summary</em> is left.</p>",
      contentHtml: undefined,
      contentBase: undefined,
    };
    const summary = await openRemoteArticle(lonely, { cacheDir });
    expect(summary.ok && summary.from).toBe("feed-summary");
    expect(text(summary)).toBe("Only a summary is left.");
    const nothing = await openRemoteArticle({ ...lonely, summaryHtml: undefined }, { cacheDir });
    expect(nothing.ok).toBe(false);
    expect(text(nothing)).toMatch(
      new RegExp(
        `^${site.host}: could not read this article \\(the page: ${site.host}: .*404.*; the feed's content: the feed gives only a summary of this item\\); check the address, or open ${site.origin}/gone in a browser$`,
      ),
    );
    expect(text(nothing)).not.toContain("\n");
  });

  it("reads an item opened once again offline, after the server is closed", async () => {
    const feed = await items();
    const ferry = feed.get("ferry") as FeedItem;
    await openRemoteArticle(ferry, { cacheDir });
    await site.close();
    const offline = await openRemoteArticle(ferry, { cacheDir, offline: true });
    expect(offline.ok && offline).toMatchObject({ from: "markdown", fromCache: true });
    expect(text(offline).split("\n")[0]).toBe(MARKDOWN_LEAD);
    const never = await openRemoteArticle(`${site.origin}/articles/library`, {
      cacheDir,
      offline: true,
    });
    expect(never.ok).toBe(false);
    expect(text(never)).toMatch(
      new RegExp(
        `^${site.host}: could not read this article \\(the page: ${site.host}: not in the offline cache.*\\); open it once online first$`,
      ),
    );
  });
});
