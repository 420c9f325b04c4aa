import { describe, expect } from "vitest";
import { formatDifferences } from "./compare/format-differences.js";
import { checkConformance } from "./conformance.js";
import { CORPORA, type CorpusName, readArticles } from "./corpus/read-articles.js";
import { profilePlatformPairs } from "./platforms/index.js";
import { platformIt } from "./test-platform-it.js";

/**
 * For every profile × platform: the corpus exported in the profile and built on the real
 * platform shows what the articles hold, block by block, and the front matter read matches,
 * except where the export warned that it cannot (`exportWarnings`: the warning names the block).
 */
export async function conformanceSuite(corpus: CorpusName): Promise<void> {
  const articles = await readArticles(CORPORA[corpus]);
  describe(`${corpus}/ built on the real platforms`, async () => {
    for (const { profile, platform } of profilePlatformPairs()) {
      await platformIt(platform, `${profile} → ${platform}: no differences`, async () => {
        const run = await checkConformance(articles, profile, platform);
        const unwarned = run.differences.filter((difference) => difference.warning === undefined);
        expect(formatDifferences(unwarned)).toBe("");
      });
    }
  });
}
