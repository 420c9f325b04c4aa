import type { Article, Block } from "@broadsheet/article";
import { PARSER_FAMILY, SHOWS_HTML } from "./parser-family.js";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import type { WriteOptions } from "./profiles/profile.js";
import { renderBody } from "./render/render-body.js";
import { FAST_PATHS } from "./render/text-filter.js";

/** Options for toMarkdown. */
export interface ToMarkdownOptions extends WriteOptions {
  /** The profile (default `broadsheet`, FORMAT.md's format; the README describes each). */
  profile?: ProfileName;
  /** Whether text is screened for the characters the rules are about (default true; same output). */
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
  const { screened, unscreened } = profile.textFilter;
  const head = profile.head(article, options);
  const body = renderBody(profile.body(article, options), {
    dateline: profile.datelineInLead ? article.dateline : undefined,
    markers: profile.markers ?? false,
    textFilter: (options.fastPaths ?? FAST_PATHS.byDefault) ? screened : unscreened,
    family: PARSER_FAMILY[name],
    html: SHOWS_HTML[name],
  });
  return [head, profile.protect?.(body) ?? body, "\n"].join("");
}

/**
 * The blocks a profile writes for an article: the body degraded on purpose for that target
 * (pull quotes as quotes, captions as lines, sub/sup as Unicode, …), before it is written as
 * Markdown. What a platform shows of an export is compared with these.
 */
export function profileBody(
  article: Article,
  profile: ProfileName,
  options: WriteOptions = {},
): Block[] {
  return PROFILES[profile].body(article, options);
}

/**
 * The default name of the file an article is exported to in a profile: `slug.md`, or for
 * Jekyll `YYYY-MM-DD-slug.md` after the publication date in its own offset.
 */
export function profileFileName(article: Article, profile: ProfileName): string {
  return PROFILES[profile].fileName?.(article) ?? `${article.slug}.md`;
}
