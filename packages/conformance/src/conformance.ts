import type { ProfileName } from "@broadsheet/markdown";
import { compareFront } from "./compare/compare-front.js";
import { compareLeaves, type LeafDifference } from "./compare/compare-leaves.js";
import type { Difference } from "./compare/difference.js";
import { sourceLine } from "./compare/source-line.js";
import { warnedBlocks } from "./compare/warned-blocks.js";
import { type ExportedArticle, exportArticles } from "./corpus/export-articles.js";
import type { SourcedArticle } from "./corpus/read-articles.js";
import { expectedFront } from "./expected/expected-front.js";
import { expectedLeaves, headlineLeaf } from "./expected/expected-leaves.js";
import { profileBody } from "./expected/profile-body.js";
import { pageLeaves } from "./extract/page-leaves.js";
import { platformNamed } from "./platforms/index.js";
import type { RenderedPage } from "./platforms/platform.js";

/** One profile built on one platform: the files, the pages and how they differ. */
export interface ConformanceRun {
  profile: ProfileName;
  platform: string;
  files: ExportedArticle[];
  pages: Map<string, RenderedPage>;
  differences: Difference[];
}

/**
 * How the pages a platform made differ from the articles exported to it: per file, the page's
 * blocks against the blocks the profile writes, and the front matter read against the
 * article's fields. A file with no page is one `error` difference. A difference in a block
 * the export warned about carries the warning.
 */
export async function differencesOf(
  profile: ProfileName,
  platform: string,
  files: readonly ExportedArticle[],
  pages: ReadonlyMap<string, RenderedPage>,
): Promise<Difference[]> {
  const out: Difference[] = [];
  for (const file of files) {
    const page = pages.get(file.name);
    const found: LeafDifference[] = [];
    if (page === undefined || page.error !== undefined) {
      found.push({ block: -1, what: "error", expected: "a page", got: page?.error ?? "no page" });
    } else {
      const head = profile === "gfm" ? [headlineLeaf(file.article.headline)] : [];
      const expected = expectedLeaves(await profileBody(file.article, profile), head);
      found.push(...compareLeaves(expected, pageLeaves(page.html)));
      const front = expectedFront(file.article, profile, file.markdown);
      if (front !== undefined) found.push(...compareFront(front, page.front));
    }
    const warned = warnedBlocks(file.article, profile);
    for (const { locate, ...difference } of found) {
      const source = locate === undefined ? undefined : sourceLine(file.markdown, locate);
      const warning = warned.get(difference.block);
      out.push({
        profile,
        platform,
        article: file.name,
        ...difference,
        ...(source === undefined ? {} : { source }),
        ...(warning === undefined ? {} : { warning }),
      });
    }
  }
  return out;
}

/** Exports the articles in a profile, builds them on a platform in one run, and compares. */
export async function checkConformance(
  articles: readonly SourcedArticle[],
  profile: ProfileName,
  platform: string,
): Promise<ConformanceRun> {
  const files = exportArticles(articles, profile);
  const pages = await platformNamed(platform).render(files);
  return {
    profile,
    platform,
    files,
    pages,
    differences: await differencesOf(profile, platform, files, pages),
  };
}
