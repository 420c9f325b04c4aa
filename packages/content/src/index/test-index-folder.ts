import { mkdir, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@broadsheet/article";
import { minimalArticle } from "@broadsheet/article/testing";
import { tempDir } from "../test-fixtures.js";

/** An article numbered `n`, valid and distinct from the others, with a searchable body. */
export function numberedArticle(n: number, overrides: Partial<Article> = {}): Article {
  return minimalArticle({
    id: `story-${n}`,
    slug: `story-${n}`,
    headline: `Story number ${n}`,
    datePublished: `2024-01-${String((n % 28) + 1).padStart(2, "0")}T08:00:00Z`,
    body: [{ type: "paragraph", content: [{ text: `Body of story ${n}. It ends here.` }] }],
    ...overrides,
  });
}

/** A long-ago time, so that files written by a test are not within the file system's granularity of being read. */
export const LONG_AGO = new Date("2020-01-01T00:00:00Z");

/** Writes an article as JSON and dates the file {@link LONG_AGO}. */
export async function writeArticle(dir: string, name: string, article: Article): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, `${JSON.stringify(article)}\n`);
  await utimes(file, LONG_AGO, LONG_AGO);
  return file;
}

/** A content folder of `count` numbered articles and a separate cache folder for its index. */
export async function indexedFolder(count: number): Promise<{
  dir: string;
  cache: string;
  files: string[];
  env: Record<string, string>;
}> {
  const root = await tempDir();
  const dir = join(root, "content");
  const cache = join(root, "cache");
  await mkdir(dir);
  const files: string[] = [];
  for (let n = 1; n <= count; n++) {
    files.push(
      await writeArticle(dir, `story-${String(n).padStart(3, "0")}.json`, numberedArticle(n)),
    );
  }
  return { dir, cache, files, env: { BROADSHEET_CACHE_DIR: cache } };
}

/** The file's modification time, to restore after an edit behind the index's back. */
export async function mtimeOf(file: string): Promise<Date> {
  return (await stat(file)).mtime;
}
