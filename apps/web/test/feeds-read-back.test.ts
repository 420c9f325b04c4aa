import { existsSync, readdirSync, readFileSync } from "node:fs";
import { decodeDocument, discoverFeeds, parseFeed } from "@broadsheet/feeds";
import { describe, expect, it } from "vitest";

/** The export `pnpm build` wrote (the test task runs after the app's build). */
const OUT = new URL("../out/", import.meta.url);
if (!existsSync(new URL("feed.xml", OUT))) {
  throw new Error("apps/web/out has no feed.xml: run `npm run build` in apps/web first");
}

function read(name: string) {
  const decoded = decodeDocument(readFileSync(new URL(name, OUT)), "application/xml");
  return parseFeed(decoded.text, { url: `https://broadsheet.example/${name}` });
}

describe("the site's own feeds, read back by @broadsheet/feeds", () => {
  const atom = read("feed.xml");
  const json = read("feed.json");

  it("read without a warning, one item per article page", () => {
    const pages = readdirSync(new URL("articles/", OUT)).filter((name) => name.endsWith(".md"));
    expect(atom?.warnings).toEqual([]);
    expect(json?.warnings).toEqual([]);
    expect(atom?.items.length).toBeGreaterThan(0);
    expect(atom?.items.length).toBeLessThanOrEqual(pages.length);
  });

  it("say the same in Atom and in JSON Feed", () => {
    // Atom requires <updated> (JSON Feed leaves date_modified out when it equals the publication)
    // and gives an entry without an author the feed's; the rest must agree.
    const fields = (items: NonNullable<typeof atom>["items"]) =>
      items.map(({ id, url, title, published, categories, contentHtml }) => ({
        id,
        url,
        title,
        published,
        categories,
        contentHtml,
      }));
    expect(fields(atom?.items ?? [])).toEqual(fields(json?.items ?? []));
    expect(atom?.title).toBe(json?.title);
    json?.items.forEach((item, index) => {
      const entry = atom?.items[index];
      expect(entry?.updated).toBe(item.updated ?? item.published);
      if (item.author !== undefined) expect(entry?.author).toBe(item.author);
    });
  });

  it("announce each article's Markdown alternate in Atom, a file the site has", () => {
    for (const item of atom?.items ?? []) {
      expect(item.markdownAlternate).toBe(`${item.url}.md`);
      const file = new URL(`articles/${item.markdownAlternate?.split("/").pop()}`, OUT);
      expect(existsSync(file), item.markdownAlternate).toBe(true);
    }
  });

  it("are found from the front page's alternate links", () => {
    const home = readFileSync(new URL("index.html", OUT), "utf8");
    expect(discoverFeeds(home, "https://broadsheet.example/")).toEqual([
      { kind: "atom", url: "https://broadsheet.example/feed.xml", title: "Broadsheet (Atom)" },
      {
        kind: "json",
        url: "https://broadsheet.example/feed.json",
        title: "Broadsheet (JSON Feed)",
      },
    ]);
  });
});
