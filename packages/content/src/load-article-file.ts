import { ARTICLE_EXTENSIONS_TEXT, type ArticleFormat, formatOfFile } from "./article-format.js";
import type { FileResult } from "./content-result.js";
import { parseArticleText } from "./parse-article-text.js";
import { readArticleText } from "./read-article-text.js";

/**
 * Parses an article file's text, as {@link parseArticleText} does, but never throws: a bug in a
 * parser is a {@link ContentError} naming the file.
 */
export function loadArticleText(text: string, format: ArticleFormat, file: string): FileResult {
  try {
    return parseArticleText(text, format, file);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    return {
      ok: false,
      file,
      errors: [
        {
          file,
          code: "internal",
          message: `could not be parsed because of a bug in Broadsheet (${detail}); please report it with this file`,
        },
      ],
    };
  }
}

/**
 * Loads one article file: `.md`/`.markdown` (Markdown with front matter), `.txt` (wire copy) or
 * `.json`. Never throws: every problem, including a bug in a parser, is a {@link ContentError}
 * naming the file.
 */
export async function loadArticleFile(file: string): Promise<FileResult> {
  const format = formatOfFile(file);
  if (!format) {
    return {
      ok: false,
      file,
      errors: [
        {
          file,
          code: "unsupported",
          message: `is not an article file; articles are ${ARTICLE_EXTENSIONS_TEXT} files`,
        },
      ],
    };
  }
  const read = await readArticleText(file);
  if (!read.ok) return { ok: false, file, errors: [read.error] };
  return loadArticleText(read.text, format, file);
}
