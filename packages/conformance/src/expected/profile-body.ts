import type { Article, Block } from "@broadsheet/article";
import { type ProfileName, profileBody as writtenBody } from "@broadsheet/markdown";

/**
 * The blocks a profile writes for an article: the body degraded on purpose for that target
 * (pull quotes as quotes, captions as lines, sub/sup as Unicode, …). A page is compared with
 * these, so only changes nobody chose count.
 */
export async function profileBody(article: Article, profile: ProfileName): Promise<Block[]> {
  return writtenBody(article, profile);
}
