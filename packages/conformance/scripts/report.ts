/**
 * Exports content/ and the hostile corpus in every profile, builds them on every platform and
 * prints how the pages differ from the articles, grouped by profile × platform.
 *
 *   npx tsx scripts/report.ts [--profile jekyll] [--platform kramdown] [--corpus hostile|content] [--out file]
 *   npx tsx scripts/report.ts --snippet file.md --platform kramdown
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { ProfileName } from "@broadsheet/markdown";
import { describeLeaf } from "../src/compare/compare-leaves.js";
import type { Difference } from "../src/compare/difference.js";
import { countDifferences, formatDifferences } from "../src/compare/format-differences.js";
import { checkConformance } from "../src/conformance.js";
import { CORPORA, type CorpusName, readArticles } from "../src/corpus/read-articles.js";
import { pageLeaves } from "../src/extract/page-leaves.js";
import { platformNamed, profilePlatformPairs } from "../src/platforms/index.js";
import { platformAlias, snippetFile } from "../src/platforms/snippet.js";

const { values } = parseArgs({
  options: {
    profile: { type: "string", multiple: true },
    platform: { type: "string", multiple: true },
    corpus: { type: "string", multiple: true },
    out: { type: "string" },
    snippet: { type: "string" },
  },
});

async function renderSnippet(path: string, platformName: string): Promise<void> {
  const platform = platformNamed(platformAlias(platformName));
  const file = snippetFile(platform.name, basename(path), await readFile(path, "utf8"));
  const pages = await platform.render([file]);
  const page = pages.get(file.name);
  if (page?.error !== undefined) console.log(`error: ${page.error}`);
  console.log(page?.html ?? "(no page)");
  if (page?.front !== undefined) console.log("front matter read:", JSON.stringify(page.front));
  console.log("\nwhat the page shows:");
  for (const leaf of pageLeaves(page?.html ?? "")) console.log(`  ${describeLeaf(leaf)}`);
}

async function report(): Promise<void> {
  const platforms = (values.platform ?? []).map(platformAlias);
  const pairs = profilePlatformPairs().filter(
    ({ profile, platform }) =>
      (values.profile === undefined || values.profile.includes(profile)) &&
      (platforms.length === 0 || platforms.includes(platform)),
  );
  const corpora = (values.corpus ?? Object.keys(CORPORA)) as CorpusName[];
  const lines: string[] = [];
  const versions = new Map<string, string>();
  for (const { platform } of pairs) {
    const target = platformNamed(platform);
    const missing = await target.unavailable();
    versions.set(platform, missing === undefined ? await target.describe() : `MISSING: ${missing}`);
  }
  lines.push(
    "# Conformance report",
    "",
    ...[...versions].map(([name, version]) => `- ${name}: ${version}`),
    "",
  );
  const all: Difference[] = [];
  for (const corpus of corpora) {
    const folder = CORPORA[corpus];
    if (folder === undefined) throw new Error(`no corpus ${corpus}; use content or hostile`);
    const articles = await readArticles(folder);
    const found: Difference[] = [];
    for (const { profile, platform } of pairs) {
      if (versions.get(platform)?.startsWith("MISSING")) continue;
      const started = Date.now();
      const run = await checkConformance(articles, profile as ProfileName, platform);
      process.stderr.write(
        `${corpus}: ${profile} → ${platform}: ${run.differences.length} differences (${Date.now() - started} ms)\n`,
      );
      found.push(...run.differences);
    }
    lines.push(
      `# Corpus ${corpus} (${articles.length} articles)`,
      "",
      "```",
      countDifferences(found, pairs),
      "```",
      "",
    );
    lines.push(formatDifferences(found));
    all.push(...found);
  }
  const warned = all.filter((difference) => difference.warning !== undefined).length;
  lines.push(`Total: ${all.length - warned} differences, ${warned} more the export warned about`);
  const text = lines.join("\n");
  if (values.out !== undefined) await writeFile(values.out, `${text}\n`);
  console.log(text);
}

if (values.snippet !== undefined) {
  const platform = values.platform?.[0];
  if (platform === undefined) throw new Error("--snippet needs --platform (hugo, kramdown, …)");
  await renderSnippet(values.snippet, platform);
} else {
  await report();
}
