import { stat } from "node:fs/promises";
import type { ContentResult } from "./content-result.js";
import { describeFsError } from "./describe-fs-error.js";
import { loadArticles } from "./load-articles.js";

/**
 * Reads a folder of articles into validated articles: `.md`/`.markdown` through `fromMarkdown`,
 * `.txt` wire copy through `fromWireText`, `.json` through `JSON.parse` and `parseArticle`.
 *
 * Only the folder's own files are read, not subfolders (a publication's slugs are flat, and so
 * is its folder); dotfiles, `README.md` and files with other extensions are ignored. A bad file
 * never hides the good ones: each problem is a {@link ContentError} with the file, and the line
 * and article path where known. Two files with the same slug or id are an error naming both.
 * Articles come newest first by `datePublished`, then by headline. Never throws.
 */
export async function loadContent(dir: string): Promise<ContentResult> {
  try {
    if (!(await stat(dir)).isDirectory()) {
      return {
        articles: [],
        errors: [
          { file: dir, code: "not-a-folder", message: "is a file, not a folder of articles" },
        ],
        files: [],
      };
    }
  } catch (error) {
    return { articles: [], errors: [describeFsError(dir, error)], files: [] };
  }
  return loadArticles([dir]);
}
