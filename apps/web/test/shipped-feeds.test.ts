import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { absoluteUrls } from "@/lib/feeds/absolute-urls";
import { atomContents, feedPartsOfPage, withoutLoadingHints } from "@/test/feed-parts";
import { parseHtml } from "@/test/html-tree";

const OUT = path.resolve(import.meta.dirname, "..", "out");

interface JsonFeedItem {
  url: string;
  content_html: string;
}

/** The canonical URL of an exported page. */
function canonicalOf(html: string): string {
  const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (url === undefined) throw new Error("the page has no canonical link");
  return url.replaceAll("&amp;", "&");
}

describe("the feeds in out/", () => {
  let feed: { home_page_url: string; items: JsonFeedItem[] };
  let atom: string[];

  beforeAll(async () => {
    if (!existsSync(path.join(OUT, "feed.json"))) {
      throw new Error("out/ is missing: run `pnpm build` in apps/web first (turbo does)");
    }
    feed = JSON.parse(await readFile(path.join(OUT, "feed.json"), "utf8"));
    atom = atomContents(await readFile(path.join(OUT, "feed.xml"), "utf8"));
  });

  it("carry the same HTML in Atom and JSON Feed", () => {
    expect(atom.length).toBeGreaterThan(0);
    expect(atom).toEqual(feed.items.map((item) => item.content_html));
  });

  it("carry each exported article page's lead picture, body and corrections", async () => {
    const pages = (await readdir(path.join(OUT, "articles"))).filter((name) =>
      name.endsWith(".html"),
    );
    let compared = 0;
    for (const name of pages) {
      const html = await readFile(path.join(OUT, "articles", name), "utf8");
      const item = feed.items.find((candidate) => candidate.url === canonicalOf(html));
      if (item === undefined) continue;
      const pageUrl = new URL(`articles/${name.slice(0, -".html".length)}`, feed.home_page_url);
      const body = absoluteUrls(html.slice(html.indexOf("<body")), pageUrl.href);
      const content = parseHtml(item.content_html);
      const parts = content.map((node) =>
        typeof node === "string" ? "" : (node.attributes.class ?? ""),
      );
      const page = parseHtml(body.slice(0, body.lastIndexOf("</html>")));
      expect(withoutLoadingHints(content), name).toEqual(feedPartsOfPage(page, parts));
      compared++;
    }
    expect(compared).toBe(feed.items.length);
  });
});
