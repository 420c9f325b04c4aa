import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  articleOutputFiles,
  articlePlanFile,
  completeArticleOutputs,
  hasArticleOutputs,
  MissingArticleOutputError,
  pruneArticleOutputs,
  readArticlePlan,
  writeArticlePlan,
} from "./article-outputs.mjs";

let dir: string;
let out: string;
let cache: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "broadsheet-article-outputs-"));
  out = path.join(dir, "out");
  cache = path.join(dir, "cache");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes an article's three outputs into the export, as a build that rendered it leaves them. */
async function rendered(slug: string, text: string): Promise<void> {
  for (const { file } of articleOutputFiles(slug)) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), `${text} ${file}`);
  }
}

describe("completeArticleOutputs", () => {
  it("keeps what a build rendered and copies it into the next build that did not render it", async () => {
    const articles = [{ slug: "a", key: "1".repeat(64) }];
    await rendered("a", "first");
    expect(await completeArticleOutputs(out, articles, cache)).toMatchObject({
      kept: 3,
      copied: 0,
    });
    expect(hasArticleOutputs(cache, { slug: "a", key: "1".repeat(64) })).toBe(true);
    await rm(out, { recursive: true });
    const { copied, pages } = await completeArticleOutputs(out, articles, cache);
    expect(copied).toBe(3);
    expect(pages).toEqual([path.join(out, "articles", "a.html")]);
    expect(await readFile(path.join(out, "og", "a.png"), "utf8")).toBe("first og/a.png");
  });

  it("keeps and copies a listing page, its one file under its export path", async () => {
    const listing = { page: "section/world/page/2", key: "5".repeat(64) };
    const file = path.join(out, "section", "world", "page", "2.html");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, "page two");
    expect(hasArticleOutputs(cache, listing)).toBe(false);
    expect(await completeArticleOutputs(out, [listing], cache)).toMatchObject({ kept: 1 });
    expect(hasArticleOutputs(cache, listing)).toBe(true);
    await rm(out, { recursive: true });
    const { copied, pages } = await completeArticleOutputs(out, [listing], cache);
    expect(copied).toBe(1);
    expect(pages).toEqual([file]);
    expect(await readFile(file, "utf8")).toBe("page two");
  });

  it("fails naming the file when an output is neither rendered nor cached", async () => {
    const completing = completeArticleOutputs(out, [{ slug: "b", key: "2".repeat(64) }], cache);
    await expect(completing).rejects.toThrow(MissingArticleOutputError);
    await expect(completing).rejects.toThrow(/articles\/b\.html was neither rendered/);
  });
});

describe("pruneArticleOutputs", () => {
  it("removes the outputs of keys the build no longer has and keeps the others", async () => {
    const kept = { slug: "a", key: "3".repeat(64) };
    const gone = { slug: "b", key: "4".repeat(64) };
    await rendered("a", "x");
    await rendered("b", "y");
    await completeArticleOutputs(out, [kept, gone], cache);
    expect(await pruneArticleOutputs([kept], cache)).toBe(3);
    expect(hasArticleOutputs(cache, kept)).toBe(true);
    expect(hasArticleOutputs(cache, gone)).toBe(false);
    const left = await readdir(path.join(cache, "articles"), { recursive: true });
    expect(left.filter((name) => name.includes(gone.key))).toEqual([]);
  });
});

describe("the article plan", () => {
  it("is one file per export folder, read back as written", async () => {
    const file = articlePlanFile(cache, out);
    expect(articlePlanFile(cache, path.join(dir, "other"))).not.toBe(file);
    expect(await readArticlePlan(file)).toBeUndefined();
    await writeArticlePlan(file, [{ slug: "a", key: "k" }]);
    expect(await readArticlePlan(file)).toEqual([{ slug: "a", key: "k" }]);
  });
});
