import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode/decode-document.js";
import { parseFeed } from "./parse/parse-feed.js";

const OUT = new URL("../../../apps/web/out/", import.meta.url);
const built = existsSync(new URL("feed.xml", OUT)) && existsSync(new URL("feed.json", OUT));
if (!built) {
  console.warn(
    "skipped: the web site's feeds are not built (cd apps/web && npm run build writes out/feed.xml and out/feed.json)",
  );
}

function read(name: string) {
  const decoded = decodeDocument(readFileSync(new URL(name, OUT)), "application/xml");
  return parseFeed(decoded.text, { url: `https://broadsheet.example/${name}` });
}

describe.runIf(built)("the project's own feeds", () => {
  const atom = built ? read("feed.xml") : undefined;
  const json = built ? read("feed.json") : undefined;

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
});
