import { assertNever, parseArticle } from "@broadsheet/article";
import { fromMarkdown } from "@broadsheet/markdown";
import { fromWireText } from "@broadsheet/wire";
import type { ArticleFormat } from "./article-format.js";
import { blankSourceError } from "./blank-source-error.js";
import type { FileResult } from "./content-result.js";
import { parseJsonArticle } from "./parse-json-article.js";
import { validationFailure } from "./validation-failure.js";

function parseMarkdown(text: string, file: string): FileResult {
  const result = fromMarkdown(text);
  if (result.ok) return { ok: true, file, article: result.article };
  return {
    ok: false,
    file,
    errors: result.errors.map((error) => ({
      file,
      line: error.line,
      ...(error.column !== undefined && { column: error.column }),
      ...(error.path !== undefined && { path: error.path }),
      code: "invalid" as const,
      message: error.message,
    })),
  };
}

function parseWireText(text: string, file: string): FileResult {
  const parsed = parseArticle(fromWireText(text));
  if (parsed.ok) return { ok: true, file, article: parsed.article };
  return validationFailure(file, parsed.errors);
}

/**
 * Parses article source text in a known format into a validated article. `file` only names the
 * source in errors. Text with nothing to read (empty, blank) is an error, never a placeholder
 * article. Never throws for bad input.
 */
export function parseArticleText(text: string, format: ArticleFormat, file: string): FileResult {
  const blank = blankSourceError(text, format, file);
  if (blank) return { ok: false, file, errors: [blank] };
  switch (format) {
    case "markdown":
      return parseMarkdown(text, file);
    case "wire-text":
      return parseWireText(text, file);
    case "json":
      return parseJsonArticle(text, file);
    default:
      return assertNever(format, "article format");
  }
}
