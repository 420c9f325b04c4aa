import { CURRENT_SCHEMA_VERSION, slugify } from "@broadsheet/article";
import type { MarkdownError } from "../markdown-result.js";

const MAX_SLUG = 200;

function shortSlug(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const boundary = slug.lastIndexOf("-", MAX_SLUG);
  return slug.slice(0, boundary > 0 ? boundary : MAX_SLUG);
}

/**
 * Fills in what a person writing by hand may leave out: `schemaVersion` (the current one),
 * `headline` (from a leading `# Headline` line), `slug` (from the headline) and `id` (the slug).
 */
export function applyDefaults(
  data: Record<string, unknown>,
  headline: { text: string; line: number } | undefined,
): { document: Record<string, unknown>; errors: MarkdownError[] } {
  const document = { ...data };
  const errors: MarkdownError[] = [];
  if (document.schemaVersion === undefined) document.schemaVersion = CURRENT_SCHEMA_VERSION;
  if (headline && document.headline === undefined) document.headline = headline.text;
  if (headline && document.headline !== headline.text) {
    errors.push({
      line: headline.line,
      message: "the # headline differs from the front matter's headline; keep one of them",
    });
  }
  if (document.slug === undefined && typeof document.headline === "string") {
    const slug = shortSlug(slugify(document.headline));
    if (slug) document.slug = slug;
  }
  if (document.id === undefined && typeof document.slug === "string") document.id = document.slug;
  return { document, errors };
}
