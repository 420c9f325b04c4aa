import { rmSync } from "node:fs";
import { join } from "node:path";
import { formatNumber, printTable } from "../print-table.js";
import { contentArticles } from "../synthetic-archive.js";
import { folderSize } from "./folder-size.js";
import { WEB_RESULTS } from "./paths.js";
import { buildSite } from "./site-build.js";
import { writeSyntheticContent } from "./synthetic-content.js";

interface Row {
  label: string;
  articles: number;
  wallMs: number;
  cpuMs: number;
  bytes: number;
  files: number;
}

function measureBuild(label: string, articles: number, content?: string): Row {
  const out = join(WEB_RESULTS, `build-${articles}`);
  const cost = buildSite({ out, ...(content !== undefined && { content }) });
  const { bytes, files } = folderSize(out);
  rmSync(out, { recursive: true, force: true });
  return { label, articles, wallMs: cost.wallMs, cpuMs: cost.cpuMs, bytes, files };
}

/** Per-article change from the previous row: (b - a) / (articles b - articles a). */
function marginal(rows: Row[], index: number, pick: (row: Row) => number): number {
  const previous = rows[index - 1];
  const row = rows[index] as Row;
  if (!previous) return Number.NaN;
  return (pick(row) - pick(previous)) / (row.articles - previous.articles);
}

const figure = (value: number) => (Number.isNaN(value) ? "" : formatNumber(value));

/**
 * Builds the site (`next build` + the post-export step) from the sample content and from
 * synthetic archives of each size in `sizes`, and prints build time and output size per article,
 * in total and at the margin (the change from the previous, smaller row), so a per-article cost
 * that grows with the archive shows.
 */
export function webBuildCost(sizes: readonly number[]): void {
  const rows: Row[] = [measureBuild("sample content/", contentArticles().length)];
  for (const size of sizes) {
    const content = join(WEB_RESULTS, `content-${size}`);
    rmSync(content, { recursive: true, force: true });
    writeSyntheticContent(content, size);
    try {
      rows.push(measureBuild(`synthetic ${formatNumber(size)}`, size, content));
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
    console.log(`  (built ${size} articles)`);
  }
  printTable(
    "Web build (next build + postexport, one run each): time and output size per article",
    [
      "content",
      "articles",
      "wall s",
      "CPU s",
      "wall ms/art",
      "CPU ms/art",
      "marginal CPU ms/art",
      "output MB",
      "files",
      "KB/art",
      "marginal KB/art",
    ],
    rows.map((row, index) => [
      row.label,
      row.articles.toLocaleString("en-US"),
      formatNumber(row.wallMs / 1000),
      figure(row.cpuMs / 1000),
      formatNumber(row.wallMs / row.articles),
      figure(row.cpuMs / row.articles),
      figure(marginal(rows, index, (r) => r.cpuMs)),
      formatNumber(row.bytes / 1e6),
      row.files.toLocaleString("en-US"),
      formatNumber(row.bytes / 1024 / row.articles),
      figure(marginal(rows, index, (r) => r.bytes / 1024)),
    ]),
  );
  console.log(
    "CPU = user + system of next build and its workers (GNU time); the sample row carries the " +
      "fixed cost (compiling the app), so compare the marginal columns for flatness.",
  );
}
