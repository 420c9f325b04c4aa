import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { minimalArticle } from "@broadsheet/article/testing";
import { afterAll, describe, expect, it } from "vitest";
import { feedHtmlCacheFile, readFeedHtml, writeFeedHtml } from "./feed-html-cache";

const dir = await mkdtemp(path.join(tmpdir(), "feed-html-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const first = minimalArticle({ id: "a", slug: "first" });
const second = minimalArticle({ id: "b", slug: "second" });
const render = (article: { slug: string }) => `<p>${article.slug}</p>`;

describe("the feed HTML cache", () => {
  it("gives each content folder a file of its own under node_modules/.cache", () => {
    const file = feedHtmlCacheFile("content", "/app");
    expect(file).toMatch(/^\/app\/node_modules\/\.cache\/broadsheet-feed-html\/[\da-f]{16}\.json$/);
    expect(feedHtmlCacheFile("other", "/app")).not.toBe(file);
  });

  it("reads back the HTML it wrote, in the order of the articles asked for", async () => {
    const file = path.join(dir, "cache.json");
    await writeFeedHtml(file, [first, second], render);
    expect(await readFeedHtml(file, [second, first])).toEqual([
      { article: second, html: "<p>second</p>" },
      { article: first, html: "<p>first</p>" },
    ]);
  });

  it("fails naming the command when the cache is missing, lacks an article or is stale", async () => {
    const file = path.join(dir, "partial.json");
    await expect(readFeedHtml(file, [first])).rejects.toThrow(
      /cannot be read .*pnpm --filter @broadsheet\/web feed-html/,
    );
    await writeFeedHtml(file, [first], render);
    await expect(readFeedHtml(file, [second])).rejects.toThrow(
      /has no entry for it \(article second\); run `pnpm --filter @broadsheet\/web feed-html`/,
    );
    const edited = { ...first, headline: "Bridge closes again" };
    await expect(readFeedHtml(file, [edited])).rejects.toThrow(
      /was rendered from another version of it \(article first\)/,
    );
  });
});
