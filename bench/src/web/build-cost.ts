import { rmSync } from "node:fs";
import { join } from "node:path";
import { formatNumber, printTable } from "../print-table.js";
import { contentArticles } from "../synthetic-archive.js";
import { folderSize } from "./folder-size.js";
import { hugoBuildCost } from "./hugo-build-cost.js";
import { WEB_RESULTS } from "./paths.js";
import { type BuildCost, buildSite } from "./site-build.js";
import {
  deleteSyntheticArticle,
  editSyntheticArticle,
  writeSyntheticArticle,
  writeSyntheticContent,
} from "./synthetic-content.js";

/** The state of the app's build cache a build starts from, or Hugo's build of the same archive. */
type CacheState =
  | "empty"
  | "warm"
  | "warm, +1 article"
  | "warm, 1 edited"
  | "warm, 1 deleted"
  | "Hugo, same archive";

interface Row {
  label: string;
  cache: CacheState;
  /** Articles in the archive before the build's change (the size the row stands for). */
  articles: number;
  cost: BuildCost;
  bytes: number;
  files: number;
}

function measureBuild(
  label: string,
  cache: CacheState,
  articles: number,
  folders: { content?: string; cacheDir: string },
): Row {
  const out = join(WEB_RESULTS, `build-${articles}`);
  const cost = buildSite({
    out,
    cache: folders.cacheDir,
    ...(folders.content !== undefined && { content: folders.content }),
  });
  const { bytes, files } = folderSize(out);
  rmSync(out, { recursive: true, force: true });
  console.log(
    `  ${label}, ${cache}: ${seconds(cost.wallMs)} s wall, ${seconds(cost.cpuMs)} s CPU ` +
      `(next build ${seconds(cost.steps.nextBuild.wallMs)} s wall, postexport ${seconds(cost.steps.postExport.wallMs)} s wall)`,
  );
  return { label, cache, articles, cost, bytes, files };
}

/**
 * Per-article change from the row of the same cache state one size smaller:
 * (b - a) / (articles b - articles a).
 */
function marginal(rows: Row[], index: number, pick: (row: Row) => number): number {
  const row = rows[index] as Row;
  const previous = rows
    .slice(0, index)
    .findLast((other) => other.cache === row.cache && other.articles < row.articles);
  if (!previous) return Number.NaN;
  return (pick(row) - pick(previous)) / (row.articles - previous.articles);
}

const figure = (value: number) => (Number.isNaN(value) ? "" : formatNumber(value));
const seconds = (ms: number) => figure(ms / 1000);

/**
 * Builds one synthetic archive: empty cache, warm cache, then publishing one article, editing one
 * and deleting one (each from the cache the build before left), and Hugo's build of the same
 * archive exported with `--profile hugo`.
 */
function measureSize(size: number): Row[] {
  const content = join(WEB_RESULTS, `content-${size}`);
  const cacheDir = join(WEB_RESULTS, `cache-${size}`);
  rmSync(content, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  writeSyntheticContent(content, size);
  const label = `synthetic ${formatNumber(size)}`;
  try {
    const rows = [
      measureBuild(label, "empty", size, { content, cacheDir }),
      measureBuild(label, "warm", size, { content, cacheDir }),
    ];
    writeSyntheticArticle(content, size);
    rows.push(measureBuild(label, "warm, +1 article", size, { content, cacheDir }));
    editSyntheticArticle(content, Math.floor(size / 2));
    rows.push(measureBuild(label, "warm, 1 edited", size, { content, cacheDir }));
    deleteSyntheticArticle(content, Math.floor(size / 3));
    rows.push(measureBuild(label, "warm, 1 deleted", size, { content, cacheDir }));
    const hugo = hugoBuildCost(content);
    if (hugo) {
      rows.push({ label, cache: "Hugo, same archive", articles: size, ...hugo });
      console.log(
        `  ${label}, Hugo: ${seconds(hugo.cost.wallMs)} s wall, ${seconds(hugo.cost.cpuMs)} s CPU`,
      );
    }
    return rows;
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Builds the site (feed HTML, `next build`, the post-export step) from the sample content and
 * from synthetic archives of each size in `sizes`: with an empty build cache (a full build), again
 * with the cache it left (nothing changed), and after adding one article (publishing a story).
 * Prints wall and CPU time per step and per article, in total and at the margin (the change from
 * the same kind of build one size smaller), so a per-article cost that grows with the archive
 * shows.
 */
export function webBuildCost(sizes: readonly number[]): void {
  const sampleCache = join(WEB_RESULTS, "cache-sample");
  rmSync(sampleCache, { recursive: true, force: true });
  const rows: Row[] = [
    measureBuild("sample content/", "empty", contentArticles().length, { cacheDir: sampleCache }),
  ];
  rmSync(sampleCache, { recursive: true, force: true });
  for (const size of sizes) {
    rows.push(...measureSize(size));
    console.log(`  (built ${size} articles six ways)`);
  }
  printTable(
    "Web build (feed HTML + next build + postexport, one run each): time per step and per article",
    [
      "content",
      "cache",
      "articles",
      "wall s",
      "CPU s",
      "feed-html CPU s",
      "next build CPU s",
      "postexport CPU s",
      "CPU ms/art",
      "marginal CPU ms/art",
      "output MB",
      "files",
    ],
    rows.map((row, index) => [
      row.label,
      row.cache,
      row.articles.toLocaleString("en-US"),
      seconds(row.cost.wallMs),
      seconds(row.cost.cpuMs),
      seconds(row.cost.steps.feedHtml.cpuMs),
      seconds(row.cost.steps.nextBuild.cpuMs),
      seconds(row.cost.steps.postExport.cpuMs),
      figure(row.cost.cpuMs / row.articles),
      figure(marginal(rows, index, (r) => r.cost.cpuMs)),
      formatNumber(row.bytes / 1e6),
      row.files.toLocaleString("en-US"),
    ]),
  );
  console.log(
    "CPU = user + system of each step and its workers (GNU time); the sample row carries the " +
      "fixed cost (compiling the app), so compare the marginal columns for flatness. A warm " +
      "build reuses the OpenGraph images and pruned stylesheets of the build before it; " +
      "'+1 article' is publishing one story into the archive of that size.",
  );
}
