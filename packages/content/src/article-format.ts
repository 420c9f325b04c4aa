import { extname } from "node:path";

/** The source formats the loader reads. */
export type ArticleFormat = "markdown" | "wire-text" | "json";

const FORMATS: Readonly<Record<string, ArticleFormat>> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "wire-text",
  ".json": "json",
};

/** The extensions the loader reads, for messages: `.md, .markdown, .txt or .json`. */
export const ARTICLE_EXTENSIONS_TEXT = ".md, .markdown, .txt or .json";

/** The format of a file by its extension (any letter case), or `undefined` if it is not an article file. */
export function formatOfFile(file: string): ArticleFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}
