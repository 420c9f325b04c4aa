import type { Article } from "@broadsheet/article";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import { renderBody } from "./render/render-body.js";

/** Options for toMarkdown. */
export interface ToMarkdownOptions {
  /** The publication profile to write (default `broadsheet`, the format of FORMAT.md). */
  profile?: ProfileName;
}

/**
 * Writes an article as Markdown. The `broadsheet` profile writes the canonical format
 * (FORMAT.md): YAML front matter with every field but the body, then the body as CommonMark +
 * GFM that `fromMarkdown` reads back to the same article.
 */
export function toMarkdown(article: Article, options: ToMarkdownOptions = {}): string {
  const profile = PROFILES[options.profile ?? "broadsheet"];
  const dateline = profile.datelineInLead ? article.dateline : undefined;
  return `${profile.head(article)}${renderBody(article.body, dateline ? { dateline } : {})}\n`;
}
