import type { Article } from "@broadsheet/article";
import { PARSER_FAMILY } from "./parser-family.js";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import type { WriteOptions } from "./profiles/profile.js";
import { appendBody, BLOCK_SEPARATOR, type BodyOptions } from "./render/render-body.js";

/** Options for toMarkdown. */
export interface ToMarkdownOptions extends WriteOptions {
  /**
   * The publication profile to write (default `broadsheet`, the format of FORMAT.md): `gfm`,
   * `hugo`, `jekyll`, `astro`, `eleventy`, `devto` or `hashnode` (see the README for each).
   */
  profile?: ProfileName;
}

/**
 * Whether the protection pass returns every piece from `start` on as it is (the block
 * separators, all alike, asked about once).
 */
function leavesUntouched(
  protect: (markdown: string) => string,
  parts: readonly string[],
  start: number,
): boolean {
  const separatorKept = protect(BLOCK_SEPARATOR) === BLOCK_SEPARATOR;
  for (let index = start; index < parts.length; index++) {
    const piece = parts[index] as string;
    if (separatorKept && piece === BLOCK_SEPARATOR) continue;
    if (protect(piece) !== piece) return false;
  }
  return true;
}

/**
 * Writes an article as Markdown. The `broadsheet` profile writes the canonical format
 * (FORMAT.md): YAML front matter with every field but the body, then the body as CommonMark +
 * GFM that `fromMarkdown` reads back to the same article. The other profiles write a site
 * generator's or platform's own front matter and a body in plain Markdown it renders well,
 * with its template syntax kept from running.
 */
export function toMarkdown(article: Article, options: ToMarkdownOptions = {}): string {
  const name = options.profile ?? "broadsheet";
  const profile = PROFILES[name];
  const dateline = profile.datelineInLead ? article.dateline : undefined;
  const bodyOptions: BodyOptions = {
    dateline,
    markers: profile.markers,
    textFilter: profile.textFilter,
    family: PARSER_FAMILY[name],
  };
  const parts = [profile.head(article, options)];
  appendBody(parts, profile.body(article, options), bodyOptions);
  if (profile.protect !== undefined && !leavesUntouched(profile.protect, parts, 1)) {
    const body = parts.splice(1).join("");
    parts.push(profile.protect(body));
  }
  parts.push("\n");
  return parts.join("");
}
