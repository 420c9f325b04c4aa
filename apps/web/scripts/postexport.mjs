#!/usr/bin/env node
// Finishes the static export in out/: strips the client runtime from pages that need none,
// drops the RSC payload files and unreferenced chunks, and moves the Markdown alternates to
// /articles/<slug>.md.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stripRuntime } from "./strip-runtime.mjs";

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
 * @param {string} out the export folder
 * @returns {Promise<{ pages: number, removed: number }>}
 */
export async function postExport(out) {
  let removed = 0;
  const htmlFiles = (await listFiles(out)).filter((file) => file.endsWith(".html"));
  for (const file of htmlFiles) {
    await writeFile(file, stripRuntime(await readFile(file, "utf8")));
  }
  const pages = await Promise.all(htmlFiles.map((file) => readFile(file, "utf8")));
  for (const file of await listFiles(out)) {
    const name = path.basename(file);
    const isPayload =
      name.startsWith("__next.") ||
      (file.endsWith(".txt") && existsSync(`${file.slice(0, -".txt".length)}.html`));
    const relative = path.relative(out, file).split(path.sep).join("/");
    const isUnusedChunk =
      relative.startsWith("_next/static/") &&
      file.endsWith(".js") &&
      !pages.some((html) => html.includes(relative));
    if (isPayload || isUnusedChunk) {
      await rm(file);
      removed++;
    }
  }
  const markdownDir = path.join(out, "markdown");
  if (existsSync(markdownDir)) {
    await mkdir(path.join(out, "articles"), { recursive: true });
    for (const name of await readdir(markdownDir)) {
      await rename(path.join(markdownDir, name), path.join(out, "articles", name));
    }
  }
  await removeEmptyDirs(out);
  return { pages: htmlFiles.length, removed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? "out");
  const { pages, removed } = await postExport(out);
  console.log(
    `postexport: stripped the client runtime from ${pages} pages, removed ${removed} files`,
  );
}
