import type { Article } from "@broadsheet/article";
import { PROFILES, type ProfileName } from "./profiles/index.js";

/**
 * The default name of the file an article is exported to in a profile: `slug.md`, or for
 * Jekyll `YYYY-MM-DD-slug.md` after the publication date in its own offset.
 */
export function profileFileName(article: Article, profile: ProfileName): string {
  return PROFILES[profile].fileName(article);
}
