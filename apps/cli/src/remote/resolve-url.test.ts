import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { blockText } from "@broadsheet/article";
import { RemoteError } from "@broadsheet/remote";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failureLine, RemoteReadError } from "./remote-read-error.js";
import { resolveUrl } from "./resolve-url.js";
import { MARKDOWN_LEAD, PAGE_SENTENCE, startTestSite, type TestSite } from "./test-site.js";

let site: TestSite;
let cacheDir: string;

beforeEach(async () => {
  site = await startTestSite();
  cacheDir = await mkdtemp(join(tmpdir(), "broadsheet-resolve-"));
});

afterEach(async () => {
  await site.close();
  await rm(cacheDir, { recursive: true, force: true });
});

async function failureOf(promise: Promise<unknown>, url: string): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return failureLine(error, url);
  }
  throw new Error("expected a failure");
}

describe("resolveUrl", () => {
  it("reads a feed's items from its address", async () => {
    const resolved = await resolveUrl(`${site.origin}/feed.xml`, { cacheDir });
    expect(resolved.kind).toBe("feed");
    if (resolved.kind !== "feed") return;
    expect(resolved.title).toBe("Test Gazette");
    expect(resolved.format).toBe("atom");
    expect(resolved.items.map((item) => item.title)).toEqual([
      "Night ferry returns",
      "Allotments share a well",
      "Reading room reopens",
    ]);
    expect(resolved.fromCache).toBe(false);
  });

  it("finds the feed a home page announces and reads it", async () => {
    const resolved = await resolveUrl(`${site.origin}/`, { cacheDir });
    expect(resolved.kind).toBe("feed");
    if (resolved.kind !== "feed") return;
    expect(resolved.url).toBe(`${site.origin}/feed.xml`);
    expect(resolved.items).toHaveLength(3);
  });

  it("serves a second resolve of the same feed from a 304", async () => {
    const first = await resolveUrl(`${site.origin}/feed.xml`, { cacheDir });
    const second = await resolveUrl(`${site.origin}/feed.xml`, { cacheDir });
    expect(second).toMatchObject({ kind: "feed", fromCache: true, notModified: true });
    expect(
      site.requests.filter((request) => request.path === "/feed.xml").map((r) => r.status),
    ).toEqual([200, 304]);
    if (first.kind === "feed" && second.kind === "feed") expect(second.items).toEqual(first.items);
  });

  it("reads an article page through the Markdown alternate it announces, and lists its feeds", async () => {
    const resolved = await resolveUrl(`${site.origin}/articles/ferry`, { cacheDir });
    expect(resolved.kind).toBe("article");
    if (resolved.kind !== "article") return;
    expect(resolved.article.from).toBe("markdown");
    expect(resolved.article.url).toBe(`${site.origin}/articles/ferry.md`);
    expect(resolved.article.warnings).toEqual([]);
    const { article } = resolved.article;
    expect(article.headline).toBe("Night ferry returns");
    expect(article.isBasedOn).toBeUndefined();
    expect(article.body[0] && blockText(article.body[0])).toBe(MARKDOWN_LEAD);
    expect(resolved.feeds.map((feed) => feed.url)).toEqual([`${site.origin}/feed.xml`]);
  });

  it("reads a page without alternates as an article, its main text by Readability", async () => {
    const resolved = await resolveUrl(`${site.origin}/articles/library`, { cacheDir });
    expect(resolved.kind).toBe("article");
    if (resolved.kind !== "article") return;
    expect(resolved.article.from).toBe("page");
    expect(resolved.article.warnings).toEqual([
      `the Markdown alternate: ${site.host}: the page announces none`,
    ]);
    expect(resolved.article.article.isBasedOn).toMatchObject({
      format: "html",
      url: `${site.origin}/articles/library`,
      dateFetched: new Date(resolved.fetchedMs).toISOString(),
    });
    const text = resolved.article.article.body.map(blockText).join("\n");
    expect(text).toContain(PAGE_SENTENCE);
  });

  it("fails with one line naming the host for a missing page and for plain text", async () => {
    const missing = await failureOf(
      resolveUrl(`${site.origin}/nowhere`, { cacheDir }),
      site.origin,
    );
    expect(missing).toMatch(new RegExp(`^${site.host}: .*404`));
    const notes = resolveUrl(`${site.origin}/notes.txt`, { cacheDir });
    await expect(notes).rejects.toBeInstanceOf(RemoteReadError);
    expect(await failureOf(resolveUrl(`${site.origin}/notes.txt`, { cacheDir }), site.origin)).toBe(
      `${site.host}: this address holds text/plain, not a feed, a web page or Markdown; give the address of a site, a feed or an article`,
    );
  });

  it("reads the feed and the article offline once the server is gone, and names what was never fetched", async () => {
    await resolveUrl(`${site.origin}/`, { cacheDir });
    await resolveUrl(`${site.origin}/articles/ferry`, { cacheDir });
    await site.close();
    const feed = await resolveUrl(`${site.origin}/`, { cacheDir, offline: true });
    expect(feed).toMatchObject({ kind: "feed", fromCache: true });
    const article = await resolveUrl(`${site.origin}/articles/ferry`, { cacheDir, offline: true });
    expect(article.kind === "article" && article.article.from).toBe("markdown");
    const never = resolveUrl(`${site.origin}/articles/library`, { cacheDir, offline: true });
    await expect(never).rejects.toBeInstanceOf(RemoteError);
    expect(await failureOf(never, site.origin)).toMatch(
      new RegExp(`^${site.host}: not in the offline cache`),
    );
  });
});
