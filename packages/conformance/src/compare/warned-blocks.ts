import type { Article } from "@broadsheet/article";
import { exportWarnings, type ProfileName, profileBody } from "@broadsheet/markdown";

/**
 * What the export warned about, by the block index a difference names: a body warning
 * (`body[N]`) under the index of the first block the profile writes for article block N, any
 * other (a front matter field) under -1, the head.
 */
export function warnedBlocks(article: Article, profile: ProfileName): Map<number, string> {
  const warned = new Map<number, string>();
  const warnings = exportWarnings(article, { profile });
  if (warnings.length === 0) return warned;
  const firstWritten: number[] = [];
  let written = 0;
  for (const block of article.body) {
    firstWritten.push(written);
    written += profileBody({ ...article, body: [block] }, profile).length;
  }
  for (const warning of warnings) {
    const body = /^body\[(\d+)\]$/.exec(warning.path);
    const index = body === null ? -1 : (firstWritten[Number(body[1])] ?? -1);
    warned.set(index, `${warning.path}: ${warning.message}`);
  }
  return warned;
}
