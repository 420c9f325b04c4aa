#!/usr/bin/env node
// Finishes the static export in out/: strips the client runtime from pages that need none,
// inlines their stylesheet (pruned to the rules each page can use) and icon, drops the
// `twitter:` tags that repeat OpenGraph, the RSC payload files and unreferenced chunks, and
// moves the Markdown alternates to /articles/<slug>.md. Each article the build rendered is kept
// in the build cache and each it did not is copied from there, and so is each listing page
// (scripts/article-outputs.mjs).
// It fails, naming the file and what it expected, where Next's output no longer has the shape
// it strips (scripts/export-shape.mjs).
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  articlePlanFile,
  completeArticleOutputs,
  MissingArticleOutputError,
  pruneArticleOutputs,
  readArticlePlan,
} from "./article-outputs.mjs";
import { buildCache, buildCacheDir } from "./build-cache.mjs";
import { dropTwitterDuplicates } from "./drop-twitter-duplicates.mjs";
import {
  checkExportedFolder,
  checkExportedPage,
  checkFinishedFolder,
  checkFinishedPage,
  ExportShapeError,
} from "./export-shape.mjs";
import { inlineAssets } from "./inline-assets.mjs";
import { pruneInlineStyles } from "./prune-css.mjs";
import { stripRuntime } from "./strip-runtime.mjs";

const STATIC_REFERENCE = /\/_next\/static\/[^"'\s)?#]+/g;

/**
 * Adds the `_next/static/` files a finished page refers to.
 * @param {string} html
 * @param {Set<string>} referenced
 */
function addStaticReferences(html, referenced) {
  if (!html.includes("/_next/static/")) return;
  for (const [reference] of html.matchAll(STATIC_REFERENCE)) referenced.add(reference.slice(1));
}

/**
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** @param {string} dir */
async function removeEmptyDirs(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await removeEmptyDirs(path.join(dir, entry.name));
  }
  if ((await readdir(dir)).length === 0) await rmdir(dir);
}

/**
 * A reader of site paths in `out`, caching each file (every page shares the same few assets).
 * @param {string} out
 */
function assetReader(out) {
  /** @type {Map<string, string | undefined>} */
  const cache = new Map();
  return (/** @type {string} */ sitePath) => {
    if (!cache.has(sitePath)) {
      const file = path.join(out, ...sitePath.split("/"));
      const inside = file.startsWith(out + path.sep) && existsSync(file);
      cache.set(sitePath, inside ? readFileSync(file, "utf8") : undefined);
    }
    return cache.get(sitePath);
  };
}

/**
 * Paths of the files under `out`, relative to it with `/`.
 * @param {string} out
 */
async function relativeFiles(out) {
  return (await listFiles(out)).map((file) => path.relative(out, file).split(path.sep).join("/"));
}

/**
 * Finishes the static export in `out`. Rejects with an {@link ExportShapeError} where Next's
 * output is not what the step expects, before or after it.
 *
 * @param {string} out the export folder
 * @param {string} [cacheDir] the build cache folder, where pruned stylesheets are kept between
 *   builds ({@link buildCacheDir} by default)
 * @returns {Promise<{ pages: number, removed: number, copied: number, rendered: number }>} pages
 *   finished, files removed, article and listing outputs copied from the build cache, and those
 *   this build rendered (kept in the cache)
 */
export async function postExport(out, cacheDir = buildCacheDir()) {
  let removed = 0;
  const cssCache = buildCache(cacheDir, "css");
  const read = assetReader(out);
  /** @type {Set<string>} */
  const referenced = new Set();
  checkExportedFolder(await relativeFiles(out));
  const htmlFiles = (await listFiles(out)).filter((file) => file.endsWith(".html"));
  for (const file of htmlFiles) {
    const where = path.relative(out, file);
    const exported = await readFile(file, "utf8");
    checkExportedPage(where, exported);
    const stripped = stripRuntime(exported);
    const html = await pruneInlineStyles(
      dropTwitterDuplicates(inlineAssets(stripped, read)),
      cssCache,
    );
    checkFinishedPage(where, html);
    addStaticReferences(html, referenced);
    await writeFile(file, html);
  }
  const markdownDir = path.join(out, "markdown");
  if (existsSync(markdownDir)) {
    await mkdir(path.join(out, "articles"), { recursive: true });
    for (const name of await readdir(markdownDir)) {
      await rename(path.join(markdownDir, name), path.join(out, "articles", name));
    }
  }
  const plan = await readArticlePlan(articlePlanFile(cacheDir, out));
  const outputs = plan
    ? await completeArticleOutputs(out, plan, cacheDir)
    : { kept: 0, copied: 0, pages: [] };
  if (plan) await pruneArticleOutputs(plan, cacheDir);
  for (const page of outputs.pages) addStaticReferences(await readFile(page, "utf8"), referenced);
  for (const file of await listFiles(out)) {
    const name = path.basename(file);
    const isPayload =
      name.startsWith("__next.") ||
      (file.endsWith(".txt") && existsSync(`${file.slice(0, -".txt".length)}.html`));
    const relative = path.relative(out, file).split(path.sep).join("/");
    const isUnusedChunk =
      relative.startsWith("_next/static/") &&
      /\.(?:js|css)$/.test(file) &&
      !referenced.has(relative);
    if (isPayload || isUnusedChunk) {
      await rm(file);
      removed++;
    }
  }
  await removeEmptyDirs(out);
  checkFinishedFolder(await relativeFiles(out));
  return { pages: htmlFiles.length, removed, copied: outputs.copied, rendered: outputs.kept };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? "out");
  try {
    const { pages, removed, copied, rendered } = await postExport(out);
    console.log(
      `postexport: stripped the client runtime from ${pages} pages and inlined their assets, removed ${removed} files, copied ${copied} unchanged article and listing files from the build cache and kept ${rendered} rendered ones there`,
    );
  } catch (error) {
    if (!(error instanceof ExportShapeError || error instanceof MissingArticleOutputError))
      throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
