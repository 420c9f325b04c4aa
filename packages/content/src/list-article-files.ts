import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { formatOfFile } from "./article-format.js";
import type { ContentError } from "./content-error.js";
import { describeFsError } from "./describe-fs-error.js";

const IGNORED = /^(?:\.|readme\.md$)/i;

/** Whether a folder entry of this name is an article file: an article extension, not a dotfile or README.md. */
export function isArticleFileName(name: string): boolean {
  return !IGNORED.test(name) && formatOfFile(name) !== undefined;
}

/** The article files of a folder, or why the folder cannot be listed. */
export type ListResult = { ok: true; files: string[] } | { ok: false; error: ContentError };

/**
 * Lists the article files directly in a folder (not in subfolders), sorted by name: every
 * `.md`, `.markdown`, `.txt` and `.json` entry except dotfiles and `README.md`. Other files
 * (images, notes) are left alone. Paths are `join(dir, name)`.
 */
export async function listArticleFiles(dir: string): Promise<ListResult> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    return { ok: false, error: describeFsError(dir, error) };
  }
  const files = names
    .filter(isArticleFileName)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(dir, name));
  return { ok: true, files };
}
