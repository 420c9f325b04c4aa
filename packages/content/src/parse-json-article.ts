import { parseArticle } from "@broadsheet/article";
import type { FileResult } from "./content-result.js";
import { lineColumnAt } from "./line-column.js";
import { locateJsonSyntaxError } from "./locate-json-syntax-error.js";
import { validationFailure } from "./validation-failure.js";

/**
 * Parses a JSON article document. A syntax error is one error with its line and column; a
 * document that is not a valid article gives one error per problem, each with its path.
 */
export function parseJsonArticle(text: string, file: string): FileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const found = locateJsonSyntaxError(text);
    if (!found) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        file,
        errors: [{ file, code: "syntax", message: `is not valid JSON: ${detail}` }],
      };
    }
    const { line, column } = lineColumnAt(text, found.offset);
    return {
      ok: false,
      file,
      errors: [{ file, line, column, code: "syntax", message: `invalid JSON: ${found.message}` }],
    };
  }
  const parsed = parseArticle(data);
  if (parsed.ok) return { ok: true, file, article: parsed.article };
  return validationFailure(file, parsed.errors);
}
