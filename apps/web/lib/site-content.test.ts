import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { contentDir } from "./content-dir";
import { loadSiteArticles } from "./site-content";

describe("loadSiteArticles", () => {
  it("loads the repository's content folder", async () => {
    const articles = await loadSiteArticles(contentDir());
    expect(articles.length).toBeGreaterThan(0);
  });

  it("fails with every error and its file when an article is invalid", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "broadsheet-web-"));
    await writeFile(path.join(dir, "good.json"), JSON.stringify(everyBlockArticle()));
    const bad = { ...everyBlockArticle(), id: "bad", slug: "bad", body: [] };
    await writeFile(path.join(dir, "bad.json"), JSON.stringify(bad));
    await expect(loadSiteArticles(dir)).rejects.toThrow(
      /bad\.json: body: must hold at least one block/,
    );
  });

  it("fails on an empty folder rather than publishing an empty site", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "broadsheet-web-"));
    await expect(loadSiteArticles(dir)).rejects.toThrow(/no articles/);
  });
});
