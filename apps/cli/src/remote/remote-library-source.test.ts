import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { blockText } from "@broadsheet/article";
import type { FeedItem } from "@broadsheet/feeds";
import { ReadRecord } from "@broadsheet/remote";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RemoteArticle } from "./remote-article.js";
import { remoteLibrarySource } from "./remote-library-source.js";
import { resolveUrl } from "./resolve-url.js";
import { MARKDOWN_LEAD, startTestSite, type TestSite } from "./test-site.js";

let site: TestSite;
let dir: string;

beforeEach(async () => {
  site = await startTestSite();
  dir = await mkdtemp(join(tmpdir(), "broadsheet-library-"));
});

afterEach(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

async function feedItems(): Promise<FeedItem[]> {
  const resolved = await resolveUrl(`${site.origin}/`, { cacheDir: join(dir, "cache") });
  if (resolved.kind !== "feed") throw new Error("expected the feed");
  return resolved.items;
}

function item(id: string, published: string | undefined, extra: Partial<FeedItem> = {}): FeedItem {
  return {
    id,
    url: `https://example.com/${id}`,
    title: id,
    published,
    updated: undefined,
    author: undefined,
    categories: [],
    summaryHtml: undefined,
    contentHtml: undefined,
    contentBase: undefined,
    ...extra,
  };
}

describe("remoteLibrarySource", () => {
  it("lists the items newest first with date, section or source name, and minutes to read", async () => {
    const library = remoteLibrarySource(await feedItems(), { sourceName: "Test Gazette" });
    expect(library.count("")).toBe(3);
    expect(library.page("", 0, 10)).toEqual([
      {
        key: `${site.origin}/well`,
        headline: "Allotments share a well",
        date: "2026-03-03",
        section: "Gardens",
        minutes: 2,
      },
      {
        key: `${site.origin}/ferry`,
        headline: "Night ferry returns",
        date: "2026-03-02",
        section: "City",
        minutes: 1,
      },
      {
        key: `${site.origin}/library`,
        headline: "Reading room reopens",
        date: "2026-03-01",
        section: "Test Gazette",
        minutes: 1,
      },
    ]);
    expect(library.page("", 1, 1).map((entry) => entry.headline)).toEqual(["Night ferry returns"]);
    expect(library.unreadCount).toBeUndefined();
  });

  it("keeps undated items last, in the feed's order, and a repeated id once", () => {
    const library = remoteLibrarySource([
      item("a", undefined),
      item("b", "2026-01-01T00:00:00Z"),
      item("c", undefined),
      item("b", "2027-01-01T00:00:00Z"),
      item("d", "2026-02-01T00:00:00Z"),
    ]);
    expect(library.page("", 0, 10).map((entry) => [entry.key, entry.date, entry.section])).toEqual([
      ["d", "2026-02-01", "example.com"],
      ["b", "2026-01-01", "example.com"],
      ["a", "", "example.com"],
      ["c", "", "example.com"],
    ]);
  });

  it("filters by every word in headline and section", async () => {
    const library = remoteLibrarySource(await feedItems(), { sourceName: "Test Gazette" });
    expect(library.count("gardens")).toBe(1);
    expect(library.count("night CITY")).toBe(1);
    expect(library.count("gazette")).toBe(3);
    expect(library.page("room", 0, 5).map((entry) => entry.headline)).toEqual([
      "Reading room reopens",
    ]);
    expect(library.count("zeppelin")).toBe(0);
  });

  it("searches the items' text, headline matches first, with the sentence that matched", async () => {
    const library = remoteLibrarySource(await feedItems());
    const forty = library.search("forty plots", 10);
    expect(forty.count).toBe(1);
    const [hit] = forty.hits(0, 10);
    expect(hit?.headline).toBe("Allotments share a well");
    expect(hit?.snippet).toEqual([
      { text: "Allotment holders voted to share one well between ", match: false },
      { text: "forty", match: true },
      { text: " ", match: false },
      { text: "plots", match: true },
      { text: ".", match: false },
    ]);
    const ferry = library.search("ferry", 10).hits(0, 10);
    expect(ferry.map((found) => found.headline)).toEqual(["Night ferry returns"]);
    expect(library.search("   ", 10).count).toBe(0);
    const many = remoteLibrarySource([
      item("one", undefined, { title: "Rain", contentHtml: "<p>rain rain rain</p>" }),
      item("two", undefined, { title: "Rain later", contentHtml: "<p>some rain</p>" }),
      item("three", undefined, { title: "Sun", contentHtml: "<p>rain rain rain rain rain</p>" }),
    ]);
    expect(
      many
        .search("rain", 2)
        .hits(0, 5)
        .map((found) => found.key),
    ).toEqual(["one", "two"]);
  });

  it("opens an entry from its best source and marks it read in the record", async () => {
    const file = join(dir, "read.json");
    const record = await ReadRecord.open({ file });
    const opened: RemoteArticle[] = [];
    const library = remoteLibrarySource(await feedItems(), {
      fetch: { cacheDir: join(dir, "cache") },
      readRecord: record,
      onOpened: (_item, article) => opened.push(article),
    });
    const ferry = library.page("ferry", 0, 1)[0];
    if (!ferry) throw new Error("expected the ferry");
    expect(library.unread(ferry.key)).toBe(true);
    expect(ferry.unread).toBe(true);
    expect(library.unreadCount?.()).toBe(3);
    const result = await library.open(ferry);
    expect(result.ok && result.article.body[0] && blockText(result.article.body[0])).toBe(
      MARKDOWN_LEAD,
    );
    expect(opened.map((article) => article.from)).toEqual(["markdown"]);
    expect(library.unread(ferry.key)).toBe(false);
    expect(library.unread(`${site.origin}/well`)).toBe(true);
    expect((await ReadRecord.open({ file })).has(ferry.key)).toBe(true);
    expect(library.page("", 0, 3).map((entry) => [entry.headline, entry.unread])).toEqual([
      ["Allotments share a well", true],
      ["Night ferry returns", false],
      ["Reading room reopens", true],
    ]);
    expect(library.unreadCount?.()).toBe(2);
    expect(library.search("ferry", 5).hits(0, 1)[0]?.unread).toBe(false);
    const gone = await library.open({ ...ferry, key: "nowhere", headline: "Old news" });
    expect(gone).toEqual({ ok: false, message: "Old news is no longer in this feed" });
  });

  it("leaves an item unread when it cannot be opened, with one line saying why", async () => {
    const file = join(dir, "read.json");
    const record = await ReadRecord.open({ file });
    const library = remoteLibrarySource([item("lost", undefined, { url: `${site.origin}/lost` })], {
      fetch: { cacheDir: join(dir, "cache") },
      readRecord: record,
    });
    const [entry] = library.page("", 0, 1);
    if (!entry) throw new Error("expected the entry");
    const result = await library.open(entry);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(
      new RegExp(`^${site.host}: could not read this article`),
    );
    expect(library.unread("lost")).toBe(true);
  });
});
