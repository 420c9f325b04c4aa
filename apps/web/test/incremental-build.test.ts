import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { toMarkdown } from "@broadsheet/markdown";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type SiteBuild } from "./build-site";
import { folderDifferences } from "./compare-folders";

const APP = path.resolve(import.meta.dirname, "..");
const ROOT = path.join(APP, ".cache", "test-incremental");
const CONTENT = path.join(ROOT, "content");
const CACHE = path.join(ROOT, "cache");
const EDITED = "cafe-prices-push-geneva-roaster-toward-reusable-capsules";
const DELETED = "northbridge-riverside-wins-its-first-national-rowing-title-in-112-years";
const ADDED = everyBlockArticle().slug;
const EDITED_HEADLINE = "Geneva Roaster Bets on Steel Capsules";

const copiedFromCache = new Map<string, number>();
const renderedByBuild = new Map<string, number>();

const build = (name: string) => {
  const site: SiteBuild = { content: CONTENT, out: path.join(ROOT, name), cache: CACHE };
  return buildSite(site).then(({ copied, rendered }) => {
    copiedFromCache.set(name, copied);
    renderedByBuild.set(name, rendered);
    return site.out;
  });
};

/**
 * The sample's listing pages other than the front page (every listing fits one numbered page):
 * `/page/1`, and each section's first page and `/page/1`.
 */
async function listingPageCount(): Promise<number> {
  const sections = new Set<string>();
  for (const name of await readdir(path.resolve(APP, "../../content"))) {
    const text = await readFile(path.resolve(APP, "../../content", name), "utf8");
    sections.add(/^articleSection: (.*)$/m.exec(text)?.[1] ?? "");
  }
  return 1 + 2 * sections.size;
}

const read = (out: string, file: string) => readFile(path.join(out, file), "utf8");

/** Adds the every-block article (in a section the site has) and changes one headline. */
async function addAndEdit(): Promise<void> {
  await writeFile(
    path.join(CONTENT, `${ADDED}.md`),
    toMarkdown(everyBlockArticle(), { profile: "broadsheet" }),
  );
  const edited = path.join(CONTENT, `${EDITED}.md`);
  const text = await readFile(edited, "utf8");
  await writeFile(edited, text.replace(/^headline: .*$/m, `headline: ${EDITED_HEADLINE}`));
}

describe("a build with the cache of an earlier one", () => {
  let cold: string;
  let warm: string;
  let changedWarm: string;
  let changedFromScratch: string;
  let ogEntries: number;

  beforeAll(async () => {
    await rm(ROOT, { recursive: true, force: true });
    await cp(path.resolve(APP, "../../content"), CONTENT, { recursive: true });
    cold = await build("cold");
    ogEntries = (await readdir(path.join(CACHE, "og"), { recursive: true })).filter(
      (name) => !name.endsWith(".tmp") && name.length === 64 + 3,
    ).length;
    warm = await build("warm");
    await addAndEdit();
    await build("added-and-edited");
    await rm(path.join(CONTENT, `${DELETED}.md`));
    changedWarm = await build("changed-warm");
    await rm(CACHE, { recursive: true, force: true });
    changedFromScratch = await build("changed-from-scratch");
  }, 1_800_000);

  it("keeps one OpenGraph image per article", async () => {
    expect(ogEntries).toBe((await readdir(path.resolve(APP, "../../content"))).length);
  });

  it("renders one article and one page of each listing route, and copies the rest from the cache", async () => {
    const articles = (await readdir(path.resolve(APP, "../../content"))).length;
    const outputs = 3 * articles + (await listingPageCount());
    expect(copiedFromCache.get("cold")).toBe(0);
    expect(renderedByBuild.get("cold")).toBe(outputs);
    expect(renderedByBuild.get("warm")).toBe(3 + 3);
    expect(copiedFromCache.get("warm")).toBe(outputs - 6);
  });

  it("after an article is added and one edited, renders those two and the listing pages showing them", () => {
    const listings = 1 + 2 * new Set([everyBlockArticle().articleSection, "Business"]).size;
    expect(renderedByBuild.get("added-and-edited")).toBe(3 * 2 + listings);
  });

  it("renders every article again when the deleted article took its section with it", () => {
    expect(copiedFromCache.get("changed-warm")).toBe(0);
  });

  it("writes the same files, byte for byte, as the build with an empty cache", async () => {
    expect(await folderDifferences(cold, warm)).toEqual([]);
  });

  it("after an article is added, one edited, then one deleted, writes what a build from scratch writes", async () => {
    expect(await folderDifferences(changedFromScratch, changedWarm)).toEqual([]);
  });

  it("publishes the added article: page, Markdown, image, listing, feeds and sitemap", async () => {
    const files = await readdir(changedWarm, { recursive: true });
    for (const file of [`articles/${ADDED}.html`, `articles/${ADDED}.md`, `og/${ADDED}.png`]) {
      expect(files).toContain(file);
    }
    for (const file of ["index.html", "feed.xml", "feed.json", "sitemaps/1.xml"]) {
      expect(await read(changedWarm, file)).toContain(ADDED);
    }
  });

  it("leaves nothing of the deleted article", async () => {
    const files = await readdir(changedWarm, { recursive: true });
    expect(files.filter((file) => file.includes(DELETED))).toEqual([]);
    for (const file of files.filter((name) => /\.(?:html|xml|json|txt|md)$/.test(name))) {
      expect(await read(changedWarm, file), file).not.toContain(DELETED);
    }
  });

  it("shows the edited headline and draws its image again", async () => {
    expect(await read(changedWarm, `articles/${EDITED}.html`)).toContain(EDITED_HEADLINE);
    expect(await read(changedWarm, "feed.xml")).toContain(EDITED_HEADLINE);
    const [before, after] = await Promise.all([
      readFile(path.join(cold, "og", `${EDITED}.png`)),
      readFile(path.join(changedWarm, "og", `${EDITED}.png`)),
    ]);
    expect(after.equals(before)).toBe(false);
  });
});
