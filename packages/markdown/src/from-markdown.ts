import { parseArticle } from "@broadsheet/article";
import type { MarkdownError, MarkdownResult } from "./markdown-result.js";
import { PARSER_FAMILY, type ParserFamily, SHOWS_HTML } from "./parser-family.js";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import type { Profile } from "./profiles/profile.js";
import { applyDefaults } from "./read/apply-defaults.js";
import { mapBlockText } from "./read/map-block-text.js";
import { type ErrorLines, mapValidationErrors } from "./read/map-validation-errors.js";
import { readBody } from "./read/read-body.js";
import { type FrontMatter, readFrontMatter } from "./read/read-front-matter.js";
import { splitFrontMatter } from "./read/split-front-matter.js";
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

function failure(errors: MarkdownError[]): MarkdownResult {
  return { ok: false, errors: [...errors].sort((a, b) => a.line - b.line) };
}

/** Appends one by one: a spread of a very long list overflows the call stack. */
function append(errors: MarkdownError[], more: readonly MarkdownError[]): void {
  for (const error of more) errors.push(error);
}

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function read(text: string, profile: Profile, family: ParserFamily, html: boolean): MarkdownResult {
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const parts = splitFrontMatter(source);
  if ("message" in parts) return failure([parts]);
  const errors: MarkdownError[] = [];
  let frontMatter: FrontMatter | undefined;
  if (parts.frontMatter) {
    const fields = readFrontMatter(parts.frontMatter.text, parts.frontMatter.line);
    if (Array.isArray(fields)) append(errors, fields);
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
  const markdown = profile.read.source ? profile.read.source(parts.body) : parts.body;
  const body = readBody(markdown, parts.bodyLine, {
    portable: !profile.markers,
    breaks: profile.read.breaks ?? false,
    family,
    html,
  });
  const undoText = profile.read.text;
  if (undoText) {
    for (const placed of body.blocks) placed.block = mapBlockText(placed.block, undoText);
  }
  append(errors, body.errors);
  if (parts.frontMatter && !frontMatter) return failure(errors);
  const data = withoutUndefined(profile.read.fields(frontMatter?.data ?? {}));
  const defaults = applyDefaults(data, body.headline);
  append(errors, defaults.errors);
  const { document } = defaults;
  if (profile.datelineInLead) stripDateline(body.blocks, document.dateline);
  const lines: ErrorLines = {
    frontMatter,
    frontMatterLine: 1,
    blocks: body.blocks,
    bodyLine: parts.bodyLine,
  };
  if (errors.length > 0) {
    const fieldsOnly = parseArticle({ ...document, body: [{ type: "divider" }] });
    if (!fieldsOnly.ok) append(errors, mapValidationErrors(fieldsOnly.errors, lines));
    return failure(errors);
  }
  const parsed = parseArticle({ ...document, body: body.blocks.map((placed) => placed.block) });
  return parsed.ok
    ? { ok: true, article: parsed.article }
    : failure(mapValidationErrors(parsed.errors, lines));
}

/**
 * Reads a Markdown article (FORMAT.md): YAML front matter and a CommonMark + GFM body. Returns
 * the validated article, or every error with the line it is on. Never throws. With a profile,
 * reads a file written by `toMarkdown(article, { profile })` (or by hand for that target).
 */
export function fromMarkdown(text: string, options: FromMarkdownOptions = {}): MarkdownResult {
  try {
    const name = options.profile ?? "broadsheet";
    return read(text, PROFILES[name], PARSER_FAMILY[name], SHOWS_HTML[name]);
  } catch (error) {
    return failure([{ line: 1, message: `could not read the Markdown (${String(error)})` }]);
  }
}
