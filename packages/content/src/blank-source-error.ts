import { FORBIDDEN_TEXT_CHARACTERS } from "@broadsheet/article";
import type { ArticleFormat } from "./article-format.js";
import type { ContentError } from "./content-error.js";

const VISIBLE = new RegExp(`[^\\s${FORBIDDEN_TEXT_CHARACTERS}]`);

const NEEDS: Record<Exclude<ArticleFormat, "json">, string> = {
  "wire-text": "a wire story needs at least a headline line",
  markdown:
    "a Markdown article needs front matter (between --- lines) with at least a headline, and a body",
};

/**
 * The error for wire copy or Markdown that holds no text at all (empty, or only whitespace and
 * characters the model forbids), which would otherwise import as an untitled placeholder or a
 * list of missing fields. Undefined when the text has something to read. JSON says so itself.
 */
export function blankSourceError(
  text: string,
  format: ArticleFormat,
  file: string,
): ContentError | undefined {
  if (format === "json" || VISIBLE.test(text)) return undefined;
  const what =
    text === ""
      ? "is empty"
      : /^\s*$/.test(text)
        ? "holds only blank lines"
        : "holds no visible text, only blank lines and control characters";
  return { file, code: "invalid", message: `${what}; ${NEEDS[format]}` };
}
