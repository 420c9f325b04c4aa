import type { Article } from "@broadsheet/article";
import { PARSER_FAMILY, SHOWS_HTML } from "./parser-family.js";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import type { WriteOptions } from "./profiles/profile.js";
import { appendBody, type BodyOptions } from "./render/render-body.js";
import { fastPathsDefault } from "./render/text-filter.js";

/** Options for toMarkdown. */
export interface ToMarkdownOptions extends WriteOptions {
  /**
   * The publication profile to write (default `broadsheet`, the format of FORMAT.md): `gfm`,
   * `hugo`, `jekyll`, `astro`, `eleventy`, `devto` or `hashnode` (see the README for each).
   */
  profile?: ProfileName;
  /**
   * Whether the writer takes its one fast path (default true): text is screened for the
   * characters the escaping rules are about, instead of every character being looked up. The
   * output is the same either way; the test suite runs both ways.
   */
  fastPaths?: boolean;
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
  const fastPaths = options.fastPaths ?? fastPathsDefault();
  const bodyOptions: BodyOptions = {
    dateline,
    markers: profile.markers,
    textFilter: fastPaths ? profile.textFilter.screened : profile.textFilter.unscreened,
    family: PARSER_FAMILY[name],
    html: SHOWS_HTML[name],
  };
  const parts = [profile.head(article, options)];
  appendBody(parts, profile.body(article, options), bodyOptions);
  if (profile.protect !== undefined) parts.push(profile.protect(parts.splice(1).join("")));
  parts.push("\n");
  return parts.join("");
}
