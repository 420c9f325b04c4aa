import { parseArticle } from "@broadsheet/article";
import type { MarkdownError, MarkdownResult } from "./markdown-result.js";
import { applyDefaults } from "./read/apply-defaults.js";
import { type ErrorLines, mapValidationErrors } from "./read/map-validation-errors.js";
import { readBody } from "./read/read-body.js";
import { type FrontMatter, readFrontMatter } from "./read/read-front-matter.js";
import { splitFrontMatter } from "./read/split-front-matter.js";
import { stripDateline } from "./read/strip-dateline.js";

function failure(errors: MarkdownError[]): MarkdownResult {
  return { ok: false, errors: [...errors].sort((a, b) => a.line - b.line) };
}

function read(text: string): MarkdownResult {
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const parts = splitFrontMatter(source);
  if ("message" in parts) return failure([parts]);
  const errors: MarkdownError[] = [];
  let frontMatter: FrontMatter | undefined;
  if (parts.frontMatter) {
    const fields = readFrontMatter(parts.frontMatter.text, parts.frontMatter.line);
    if (Array.isArray(fields)) errors.push(...fields);
    else frontMatter = fields;
  }
  if (frontMatter && Object.hasOwn(frontMatter.data, "body")) {
    errors.push({
      line: frontMatter.locate(["body"]) ?? 1,
      path: "body",
      message:
        "the body is the Markdown after the front matter, not a field; move it below the closing ---",
    });
  }
  const body = readBody(parts.body, parts.bodyLine);
  errors.push(...body.errors);
  if (parts.frontMatter && !frontMatter) return failure(errors);
  const defaults = applyDefaults(frontMatter?.data ?? {}, body.headline);
  errors.push(...defaults.errors);
  const { document } = defaults;
  stripDateline(body.blocks, document.dateline);
  const lines: ErrorLines = {
    frontMatter,
    frontMatterLine: 1,
    blocks: body.blocks,
    bodyLine: parts.bodyLine,
  };
  if (errors.length > 0) {
    const fieldsOnly = parseArticle({ ...document, body: [{ type: "divider" }] });
    if (!fieldsOnly.ok) errors.push(...mapValidationErrors(fieldsOnly.errors, lines));
    return failure(errors);
  }
  const parsed = parseArticle({ ...document, body: body.blocks.map((placed) => placed.block) });
  return parsed.ok
    ? { ok: true, article: parsed.article }
    : failure(mapValidationErrors(parsed.errors, lines));
}

/**
 * Reads a Markdown article (FORMAT.md): YAML front matter and a CommonMark + GFM body. Returns
 * the validated article, or every error with the line it is on. Never throws.
 */
export function fromMarkdown(text: string): MarkdownResult {
  try {
    return read(text);
  } catch (error) {
    return failure([{ line: 1, message: `could not read the Markdown (${String(error)})` }]);
  }
}
