import type { Article, Block } from "@broadsheet/article";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import type { WriteOptions } from "./profiles/profile.js";

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
