import { lstat, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { ARTICLE_EXTENSIONS_TEXT, formatOfFile } from "./article-format.js";
import type { ContentError } from "./content-error.js";
import { listArticleFiles } from "./list-article-files.js";

/** The article files named by a command line, and the problems with the paths themselves. */
export interface ExpandedPaths {
  /** Article files in the order named, each folder's files sorted by name; each file once. */
  files: string[];
  /** Paths that are missing, of the wrong kind, or folders that cannot be listed. */
  errors: ContentError[];
}

async function expandOne(path: string): Promise<{ files: string[] } | { error: ContentError }> {
  const info = await stat(path).catch(() => undefined);
  if (!info && (await lstat(path).catch(() => undefined))?.isSymbolicLink()) {
    // A dangling link or a link loop: reading it says which, in the loader's own words.
    return { files: [path] };
  }
  if (info?.isDirectory() || !info) {
    // listArticleFiles describes a missing or unreadable path in the loader's own words.
    const listed = await listArticleFiles(path);
    return listed.ok ? { files: listed.files } : { error: listed.error };
  }
  if (!info.isFile()) {
    return {
      error: {
        file: path,
        code: "not-a-file",
        message: "is not a regular file (a pipe, socket or device); articles are plain files",
      },
    };
  }
  if (!formatOfFile(path)) {
    return {
      error: {
        file: path,
        code: "unsupported",
        message: `is not an article file; articles are ${ARTICLE_EXTENSIONS_TEXT} files`,
      },
    };
  }
  return { files: [path] };
}

/**
 * Turns the files and folders named on a command line into the list of article files to read,
 * without reading any article: a folder gives its own article files (as `validate` reads them,
 * not its subfolders), a file gives itself, and a file named twice is listed once. Only the
 * names are held, so a folder of 10,000 articles costs a list of 10,000 paths.
 */
export async function expandArticlePaths(paths: readonly string[]): Promise<ExpandedPaths> {
  const files: string[] = [];
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const expanded = await expandOne(path);
    if ("error" in expanded) {
      errors.push(expanded.error);
      continue;
    }
    for (const file of expanded.files) {
      const key = resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return { files, errors };
}
