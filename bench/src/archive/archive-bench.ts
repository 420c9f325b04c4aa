import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatNumber, printTable } from "../print-table.js";
import { hasTmux } from "../reader/tmux-bench-server.js";
import { writeSyntheticContent } from "../web/synthetic-content.js";
import { hasHugo, hugoBuildArgs, writeHugoSite } from "./hugo-site.js";
import { type LibraryFigures, librarySession } from "./library-session.js";
import { type CommandCost, runMeasured } from "./process-figures.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = join(root, "apps", "cli");
const BIN = join(CLI, "dist", "broadsheet.js");
const NODE_RUNS = 5;

/** One row of the figures: a task, what it cost, and the target for it. */
interface Row {
  task: string;
  cost: CommandCost;
  /** Milliseconds per article the target allows, or a note. */
  target: string;
  met: boolean | undefined;
}

function medianCost(command: string, args: readonly string[], runs: number): CommandCost {
  const costs = Array.from({ length: runs }, () => runMeasured(command, args));
  costs.sort((a, b) => a.wallMs - b.wallMs);
  return costs[Math.floor(costs.length / 2)] as CommandCost;
}

function perArticle(cost: CommandCost, count: number): number {
  return cost.wallMs / count;
}

/** The archive sizes measured: 10,000 articles, and `BENCH_SCALE` more when set (e.g. 100000). */
export function archiveScales(env: NodeJS.ProcessEnv = process.env): number[] {
  const extra = Number(env.BENCH_SCALE ?? "");
  return Number.isInteger(extra) && extra > 0 && extra !== 10_000 ? [10_000, extra] : [10_000];
}

/** An archive written and measured: its rows, its folder (to remove) and the commands' environment. */
interface MeasuredScale {
  rows: Row[];
  dir: string;
  env: Record<string, string>;
}

function measureScale(count: number): MeasuredScale {
  const dir = mkdtempSync(join(tmpdir(), `broadsheet-archive-${count}-`));
  try {
    const content = join(dir, "content");
    const cache = join(dir, "cache");
    writeSyntheticContent(content, count);
    const env = { ...process.env, BROADSHEET_CACHE_DIR: cache, BROADSHEET_CONTENT: content };
    const cli = (...args: string[]) => runMeasured(process.execPath, [BIN, ...args], { env });
    const rows: Row[] = [];
    const ms = (limit: number) => `≤ ${limit} ms/article`;

    const node = medianCost(process.execPath, ["-e", "0"], NODE_RUNS);
    rows.push({ task: "node -e 0", cost: node, target: "", met: undefined });

    const validateCold = cli("validate", content);
    rows.push({
      task: "validate, no index (cold)",
      cost: validateCold,
      target: "≤ 300 MB peak",
      met: validateCold.peakRssMb <= 300,
    });
    const validateWarm = cli("validate", content);
    rows.push({
      task: "validate, from the index (warm)",
      cost: validateWarm,
      target: "≤ 300 MB peak",
      met: validateWarm.peakRssMb <= 300,
    });

    const site = join(dir, "site");
    const posts = writeHugoSite(site);
    const exportFirst = cli("export", content, "--profile", "hugo", "--out", posts);
    rows.push({
      task: "export --profile hugo, first (index built by validate)",
      cost: exportFirst,
      target: ms(0.5),
      met: perArticle(exportFirst, count) <= 0.5,
    });
    const exportSecond = cli("export", content, "--profile", "hugo", "--out", posts);
    rows.push({
      task: "export --profile hugo, second (unchanged archive)",
      cost: exportSecond,
      target: ms(0.1),
      met: perArticle(exportSecond, count) <= 0.1,
    });
    if (hasHugo()) {
      const hugo = runMeasured("hugo", hugoBuildArgs(site));
      rows.push({ task: "hugo build of the hugo export", cost: hugo, target: "", met: undefined });
    }
    rmSync(cache, { recursive: true, force: true });
    const fresh = join(dir, "fresh");
    mkdirSync(fresh);
    const exportCold = cli("export", content, "--profile", "hugo", "--out", fresh);
    rows.push({
      task: "export --profile hugo, no index, empty folder (cold)",
      cost: exportCold,
      target: ms(0.5),
      met: perArticle(exportCold, count) <= 0.5,
    });
    return { rows, dir, env: { BROADSHEET_CONTENT: content, BROADSHEET_CACHE_DIR: cache } };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function printScale(
  count: number,
  rows: readonly Row[],
  library: LibraryFigures | undefined,
): void {
  const node = rows.find((row) => row.task === "node -e 0")?.cost.wallMs ?? Number.NaN;
  const hugo = rows.find((row) => row.task.startsWith("hugo build"))?.cost.wallMs ?? Number.NaN;
  const tableRows = rows.map((row) => [
    row.task,
    formatNumber(row.cost.wallMs),
    row.task === "node -e 0" ? "" : formatNumber((row.cost.wallMs / count) * 1000),
    formatNumber(row.cost.peakRssMb),
    `${formatNumber(row.cost.wallMs / node)}×`,
    Number.isNaN(hugo) ? "n/a" : `${formatNumber(row.cost.wallMs / hugo)}×`,
    row.target,
    row.met === undefined ? "" : row.met ? "yes" : "NO",
  ]);
  if (library) {
    tableRows.push([
      "read: library first screen (tmux, median of 5)",
      formatNumber(library.firstScreenMs),
      "",
      formatNumber(library.peakRssMb),
      `${formatNumber(library.firstScreenMs / node)}×`,
      Number.isNaN(hugo) ? "n/a" : `${formatNumber(library.firstScreenMs / hugo)}×`,
      "≤ 300 ms, ≤ 150 MB",
      library.firstScreenMs <= 300 && library.peakRssMb <= 150 ? "yes" : "NO",
    ]);
    tableRows.push([
      `read: filter/search keypress p99 (${library.keys} keys; p50 ${formatNumber(library.p50)})`,
      formatNumber(library.p99),
      "",
      "",
      "",
      "",
      "≤ 16 ms",
      library.p99 <= 16 ? "yes" : "NO",
    ]);
  }
  printTable(
    `Archive of ${count.toLocaleString("en-US")} synthetic articles: one run, wall clock, peak RSS (GNU time)`,
    ["task", "ms", "µs/article", "peak MB", "× node -e 0", "× hugo build", "target", "met"],
    tableRows,
  );
  if (library) console.log(`slowest keys: ${library.slowest.join(", ")}`);
}

/**
 * The archive benchmark: for each of {@link archiveScales}, a synthetic archive written as
 * Broadsheet Markdown; `broadsheet validate` cold and warm, `export --profile hugo` first,
 * second and cold, Hugo's build of that export and `node -e 0`, and the reader's library in
 * tmux (first screen, keypress latency, peak memory), in one table per size.
 */
export async function archiveBench(): Promise<void> {
  execFileSync(process.execPath, [join(CLI, "build.mjs")], { cwd: CLI, stdio: "inherit" });
  for (const count of archiveScales()) {
    const measured = measureScale(count);
    try {
      let library: LibraryFigures | undefined;
      if (hasTmux()) {
        const env = { ...process.env, ...measured.env };
        runMeasured(process.execPath, [BIN, "validate"], { env });
        const work = join(measured.dir, "tmux");
        mkdirSync(work);
        library = await librarySession(BIN, measured.env, work);
      } else console.log("(reader figures skipped: tmux is not installed)");
      printScale(count, measured.rows, library);
    } finally {
      rmSync(measured.dir, { recursive: true, force: true });
    }
  }
}
