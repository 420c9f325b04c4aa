import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Article } from "@broadsheet/article";
import { minimalArticle } from "@broadsheet/article/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedOgPng } from "./cached-og-image";

const APP = path.resolve(import.meta.dirname, "../..");
let cacheDir: string;
let drawn: string[];

/** A stand-in renderer that records what it draws and returns the headline's bytes. */
async function draw(article: Article): Promise<Uint8Array<ArrayBuffer>> {
  drawn.push(article.headline);
  return new Uint8Array(Buffer.from(article.headline));
}

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "broadsheet-og-cache-"));
  drawn = [];
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

describe("cachedOgPng", () => {
  it("draws an article once and gives the same bytes from the cache after", async () => {
    const article = minimalArticle({ headline: "Harbour Bridge Reopens" });
    const first = await cachedOgPng(article, draw, cacheDir, APP);
    const second = await cachedOgPng(article, draw, cacheDir, APP);
    expect(drawn).toEqual(["Harbour Bridge Reopens"]);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("draws again when any field of the article changes", async () => {
    await cachedOgPng(minimalArticle({ headline: "Harbour" }), draw, cacheDir, APP);
    await cachedOgPng(
      minimalArticle({ headline: "Harbour", kicker: "Transport" }),
      draw,
      cacheDir,
      APP,
    );
    expect(drawn).toEqual(["Harbour", "Harbour"]);
  });

  it("draws again with an empty cache", async () => {
    const article = minimalArticle({ headline: "Harbour" });
    await cachedOgPng(article, draw, cacheDir, APP);
    await cachedOgPng(article, draw, path.join(cacheDir, "other"), APP);
    expect(drawn).toEqual(["Harbour", "Harbour"]);
  });
});
