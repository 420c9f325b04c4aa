// What each article adds to the export (its page, Markdown alternate and image) and each listing
// page, kept in the build cache under a key naming everything they are made from, so a build
// renders only the pages whose key is new and copies the others from the cache.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildCache } from "./build-cache.mjs";

/**
 * @typedef {{ slug: string, key: string } | { page: string, key: string }} ArticleOutputs
 * An article (by slug) or a listing page (by its export path without `.html`: `page/3`,
 * `section/world`) of this build, and the key of its outputs.
 */

/** The cache's sub-folder for finished article and listing outputs. */
const KIND = "articles";

/**
 * The files one article adds to the finished export, relative to it, with the extension of
 * each cache entry.
 * @param {string} slug
 */
export function articleOutputFiles(slug) {
  return [
    { file: `articles/${slug}.html`, extension: "html" },
    { file: `articles/${slug}.md`, extension: "md" },
    { file: `og/${slug}.png`, extension: "png" },
  ];
}

/**
 * The files an article or a listing page adds to the finished export.
 * @param {ArticleOutputs} entry
 */
export function outputFilesOf(entry) {
  return "slug" in entry
    ? articleOutputFiles(entry.slug)
    : [{ file: `${entry.page}.html`, extension: "html" }];
}

/**
 * The export folder of a build run in `cwd`: `BROADSHEET_OUT_DIR` if set, otherwise `out`.
 * @param {string} [cwd]
 */
export function exportFolder(cwd = process.cwd()) {
  return path.resolve(cwd, process.env.BROADSHEET_OUT_DIR ?? "out");
}

/**
 * Where a build into `out` lists its articles and their keys for the export step: in the build
 * cache, one file per export folder.
 * @param {string} cacheDir
 * @param {string} out
 */
export function articlePlanFile(cacheDir, out) {
  const name = createHash("sha256").update(path.resolve(out)).digest("hex").slice(0, 16);
  return path.join(cacheDir, "plans", `${name}.json`);
}

/**
 * Writes the list of a build's articles and keys, through a temporary file.
 * @param {string} file
 * @param {readonly ArticleOutputs[]} articles
 */
export async function writeArticlePlan(file, articles) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(articles));
  await rename(temporary, file);
}

/**
 * The list written by {@link writeArticlePlan}, or undefined when there is none.
 * @param {string} file
 * @returns {Promise<ArticleOutputs[] | undefined>}
 */
export async function readArticlePlan(file) {
  const text = await readFile(file, "utf8").catch(() => undefined);
  return text === undefined ? undefined : JSON.parse(text);
}

/**
 * Whether the cache holds every output of an article or listing page.
 * @param {string} cacheDir
 * @param {ArticleOutputs} entry
 */
export function hasArticleOutputs(cacheDir, entry) {
  const cache = buildCache(cacheDir, KIND);
  return outputFilesOf(entry).every(({ extension }) => cache.has(`${entry.key}.${extension}`));
}

/** An article output that is neither in the export nor in the cache. */
export class MissingArticleOutputError extends Error {}

/**
 * Completes the finished export `out` with the outputs of every article and listing page: each
 * output the build rendered is kept in the cache under its key, and each it did not render is copied
 * from there. Rejects with a {@link MissingArticleOutputError} naming the file when an output
 * is in neither place (the cache was changed during the build).
 *
 * @param {string} out
 * @param {readonly ArticleOutputs[]} articles
 * @param {string} cacheDir
 * @returns {Promise<{ kept: number, copied: number, pages: string[] }>} the counts, and the
 *   copied pages (the export step looks into them for the assets they use)
 */
export async function completeArticleOutputs(out, articles, cacheDir) {
  const cache = buildCache(cacheDir, KIND);
  let kept = 0;
  let copied = 0;
  /** @type {string[]} */
  const pages = [];
  for (const entry of articles) {
    const { key } = entry;
    for (const { file, extension } of outputFilesOf(entry)) {
      const target = path.join(out, ...file.split("/"));
      const entry = `${key}.${extension}`;
      if (await cache.keep(entry, target)) {
        kept++;
        continue;
      }
      if (!(await cache.copyTo(entry, target))) {
        throw new MissingArticleOutputError(
          `export: ${file} was neither rendered by this build nor found in the build cache ${cacheDir}; build again`,
        );
      }
      copied++;
      if (extension === "html") pages.push(target);
    }
  }
  return { kept, copied, pages };
}

/**
 * Removes the cached outputs of every key not in `articles` (earlier versions of edited articles
 * and listing pages, deleted ones, outputs of older code), so the cache holds one build's worth.
 *
 * @param {readonly ArticleOutputs[]} articles
 * @param {string} cacheDir
 * @returns {Promise<number>} the files removed
 */
export async function pruneArticleOutputs(articles, cacheDir) {
  const live = new Set(articles.map(({ key }) => key));
  const folder = path.join(cacheDir, KIND);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || live.has(entry.name.slice(0, entry.name.indexOf(".")))) continue;
    await rm(path.join(entry.parentPath, entry.name), { force: true });
    removed++;
  }
  return removed;
}
