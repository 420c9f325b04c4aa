import { parseArticle } from "@broadsheet/article";
import type { MarkdownError, MarkdownResult } from "./markdown-result.js";
import { PARSER_FAMILY, SHOWS_HTML } from "./parser-family.js";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import { applyDefaults } from "./read/apply-defaults.js";
import { readFrontMatter, splitFrontMatter } from "./read/front-matter.js";
import { mapBlockText } from "./read/map-block-text.js";
import { mapValidationErrors } from "./read/map-validation-errors.js";
import { readBody } from "./read/read-body.js";
import { stripDateline } from "./read/strip-dateline.js";

/** Options for fromMarkdown. */
export interface FromMarkdownOptions {
  /**
   * The profile the file was written in (default `broadsheet`). Another profile's front matter
   * names are mapped back to the model's, its template escapes undone, and a quote holding a
   * list read as a fact box; fields the profile does not carry are left out.
   */
  profile?: ProfileName;
}

function failure(errors: readonly MarkdownError[]): MarkdownResult {
  return { ok: false, errors: [...errors].sort((a, b) => a.line - b.line) };
}

/** Appends one by one: a spread of a very long list overflows the call stack. */
function append(errors: MarkdownError[], more: readonly MarkdownError[]): void {
  for (const error of more) errors.push(error);
}

function read(text: string, name: ProfileName): MarkdownResult {
  const profile = PROFILES[name];
  const parts = splitFrontMatter(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  if ("message" in parts) return failure([parts]);
  const errors: MarkdownError[] = [];
  const yaml = parts.frontMatter && readFrontMatter(parts.frontMatter.text, parts.frontMatter.line);
  const frontMatter = Array.isArray(yaml) ? undefined : yaml;
  if (Array.isArray(yaml)) append(errors, yaml);
  if (frontMatter && Object.hasOwn(frontMatter.data, "body")) {
    errors.push({
      line: frontMatter.locate(["body"]) ?? 1,
      path: "body",
      message:
        "the body is the Markdown after the front matter, not a field; move it below the closing ---",
    });
  }
  const body = readBody(profile.read.source?.(parts.body) ?? parts.body, parts.bodyLine, {
    portable: !profile.markers,
    breaks: profile.read.breaks,
    family: PARSER_FAMILY[name],
    html: SHOWS_HTML[name],
  });
  const undoText = profile.read.text;
  if (undoText) {
    for (const placed of body.blocks) placed.block = mapBlockText(placed.block, undoText);
  }
  append(errors, body.errors);
  if (Array.isArray(yaml)) return failure(errors);
  const fields = Object.entries(profile.read.fields(frontMatter?.data ?? {}));
  const data = Object.fromEntries(fields.filter(([, value]) => value !== undefined));
  const { document, errors: defaultErrors } = applyDefaults(data, body.headline);
  append(errors, defaultErrors);
  if (profile.datelineInLead) stripDateline(body.blocks, document.dateline);
  const fieldsOnly = errors.length > 0;
  const blocks = fieldsOnly ? [{ type: "divider" }] : body.blocks.map((placed) => placed.block);
  const parsed = parseArticle({ ...document, body: blocks });
  if (parsed.ok && !fieldsOnly) return { ok: true, article: parsed.article };
  if (!parsed.ok)
    append(errors, mapValidationErrors(parsed.errors, frontMatter, body.blocks, parts.bodyLine));
  return failure(errors);
}

/**
 * Reads a Markdown article (FORMAT.md): YAML front matter and a CommonMark + GFM body. Returns
 * the validated article, or every error with the line it is on. Never throws. With a profile,
 * reads a file written by `toMarkdown(article, { profile })` (or by hand for that target).
 */
export function fromMarkdown(text: string, options: FromMarkdownOptions = {}): MarkdownResult {
  try {
    return read(text, options.profile ?? "broadsheet");
  } catch (error) {
    return failure([{ line: 1, message: `could not read the Markdown (${String(error)})` }]);
  }
}
