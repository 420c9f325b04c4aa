import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isArticleFileName, listArticleFiles } from "../list-article-files.js";
import { tempDir } from "../test-fixtures.js";
import { ContentIndex } from "./content-index.js";
import { indexHoldsFolder } from "./library-freshness.js";
import { indexedFolder, LONG_AGO, numberedArticle, writeArticle } from "./test-index-folder.js";

/** More files than one chunk of the check, so that a change in a later chunk is found too. */
const COUNT = 600;

async function refreshedFolder() {
  const folder = await indexedFolder(COUNT);
  await writeFile(join(folder.dir, "README.md"), "# About\n");
  await writeFile(join(folder.dir, "photo.jpg"), "");
  await utimes(join(folder.dir, "README.md"), LONG_AGO, LONG_AGO);
  const index = await ContentIndex.open(folder.dir, { env: folder.env });
  await index.refresh(folder.files, true);
  return { ...folder, index };
}

describe("indexHoldsFolder", () => {
  it("holds a folder refreshed and not changed since (other files left alone)", async () => {
    const { index, dir } = await refreshedFolder();
    expect(await indexHoldsFolder(index, dir)).toBe(true);
    index.close();
  });

  it("does not hold a folder with a file edited, added or removed since", async () => {
    const { index, files, dir } = await refreshedFolder();
    const last = files.at(-1) as string;
    await writeArticle(dir, "story-600.json", numberedArticle(600, { headline: "Edited" }));
    await utimes(last, new Date(), new Date());
    expect(await indexHoldsFolder(index, dir)).toBe(false);
    await index.refresh(files, true);
    expect(await indexHoldsFolder(index, dir)).toBe(false);
    await utimes(last, LONG_AGO, LONG_AGO);
    await index.refresh(files, true);
    expect(await indexHoldsFolder(index, dir)).toBe(true);

    await writeArticle(dir, "story-601.md.json", numberedArticle(601));
    expect(await indexHoldsFolder(index, dir)).toBe(false);
    await rm(join(dir, "story-601.md.json"));
    expect(await indexHoldsFolder(index, dir)).toBe(true);
    await rm(files[0] as string);
    expect(await indexHoldsFolder(index, dir)).toBe(false);
    index.close();
  });

  it("does not hold a folder whose index holds a file the folder does not list", async () => {
    const { index, dir, files } = await refreshedFolder();
    await index.refresh([...files, join(dir, "README.md")], false);
    await writeArticle(dir, "story-601.json", numberedArticle(601));
    expect(await indexHoldsFolder(index, dir)).toBe(false);
    index.close();
  });

  it("stops where it yields when told to", async () => {
    const { index, dir } = await refreshedFolder();
    expect(await indexHoldsFolder(index, dir, { stopped: () => true })).toBeUndefined();
    index.close();
  });
});

describe("isArticleFileName", () => {
  it("keeps the names listArticleFiles lists, and only those", async () => {
    const dir = await tempDir();
    const names = [
      "a.md",
      "b.MARKDOWN",
      "c.txt",
      "d.Json",
      ".hidden.md",
      "README.md",
      "readme.MD",
      "readme.md.md",
      "notes.markdownx",
      "photo.jpg",
      "no-extension",
      "x.md.bak",
    ];
    for (const name of names) await writeFile(join(dir, name), "");
    await mkdir(join(dir, "folder.md"));
    const listed = await listArticleFiles(dir);
    const expected = listed.ok ? listed.files.map((file) => file.slice(dir.length + 1)) : [];
    expect(expected).toContain("readme.md.md");
    expect([...names, "folder.md"].filter(isArticleFileName).sort()).toEqual(expected);
  });
});
