import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatNumber, printTable } from "../print-table.js";
import { type FirstScreenResult, firstScreenRuns } from "./first-screen-runs.js";
import { KEY_SCRIPT, type KeypressResult, keypressLatency } from "./keypress-latency.js";
import { FIRST_SCREEN_WORDS, type ReaderArticle, writeReaderArticles } from "./reader-articles.js";
import { readerTools } from "./reader-tools.js";
import { hasTmux, TmuxBenchServer } from "./tmux-bench-server.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
/** The built command; the benchmark times what `pnpm build` made and builds nothing itself. */
export const BIN = join(root, "apps", "cli", "dist", "broadsheet.js");
const SIZE = { columns: 100, rows: 30 };

/** The targets, for the verdict lines. */
const TARGETS = {
  firstScreenMs: { sample: 150, "1-mb": 250 },
  peakRssMb: { sample: 85, "1-mb": 120 },
  keypressP50: 5,
  keypressP99: 16,
} as const;

function runsFromEnv(): number {
  const runs = Number(process.env.BENCH_READER_RUNS ?? "9");
  return Number.isInteger(runs) && runs > 0 ? runs : 9;
}

function ratio(value: number, floor: number): string {
  return `${(value / floor).toFixed(1)}×`;
}

function verdict(name: string, value: number, target: number, unit: string): string {
  const met = value <= target ? "met" : "MISSED";
  return `  ${met.padEnd(6)} ${name}: ${formatNumber(value)} ${unit} (target <= ${target} ${unit})`;
}

type Results = Map<string, Map<string, FirstScreenResult | string>>;

function printFirstScreens(results: Results, articles: ReaderArticle[], runs: number): void {
  const floorName = [...results.keys()][0] as string;
  const floor = results.get(floorName);
  const rows: string[][] = [];
  for (const [tool, byArticle] of results) {
    const cells = [tool];
    for (const article of articles) {
      const result = byArticle.get(article.name);
      const base = floor?.get(article.name);
      if (typeof result === "string" || result === undefined) {
        cells.push(result ?? "", "", "");
        continue;
      }
      const baseMs = typeof base === "object" ? base.firstScreenMs : Number.NaN;
      cells.push(
        formatNumber(result.firstScreenMs),
        tool === floorName ? "1.0×" : ratio(result.firstScreenMs, baseMs),
        formatNumber(result.peakRssMb),
      );
    }
    rows.push(cells);
  }
  const header = ["program"];
  for (const article of articles) {
    const size = `${formatNumber(article.bytes / 1024)} KB`;
    header.push(`${article.name} (${size}) ms`, "× node", "peak RSS MB");
  }
  printTable(
    `Reading an article in tmux ${SIZE.columns}×${SIZE.rows}: exec to its first words on the terminal (median of ${runs} runs); peak RSS (VmHWM) after paging to the end and back`,
    header,
    rows,
  );
}

function printKeypresses(results: Map<string, KeypressResult>): void {
  printTable(
    `broadsheet read, keypress to frame written (the app's own BROADSHEET_PROFILE_FILE timings, ${KEY_SCRIPT.length} keys of reading, searching and jumping)`,
    ["article", "keys", "p50 ms", "p99 ms", "max ms", "slowest keys (ms)"],
    [...results].map(([name, result]) => [
      name,
      String(result.keys),
      formatNumber(result.p50),
      formatNumber(result.p99),
      formatNumber(result.max),
      result.slowest.join(", "),
    ]),
  );
}

function printVerdicts(
  reader: Map<string, FirstScreenResult | string> | undefined,
  keypresses: Map<string, KeypressResult>,
): void {
  console.log("\nTargets");
  for (const name of ["sample", "1-mb"] as const) {
    const result = reader?.get(name);
    if (typeof result !== "object") continue;
    console.log(
      verdict(`first screen, ${name}`, result.firstScreenMs, TARGETS.firstScreenMs[name], "ms"),
    );
    console.log(verdict(`peak RSS, ${name}`, result.peakRssMb, TARGETS.peakRssMb[name], "MB"));
    const keys = keypresses.get(name);
    if (!keys) continue;
    console.log(verdict(`keypress p50, ${name}`, keys.p50, TARGETS.keypressP50, "ms"));
    console.log(verdict(`keypress p99, ${name}`, keys.p99, TARGETS.keypressP99, "ms"));
  }
}

/**
 * The terminal reader beside less, w3m and lynx on the same article (Markdown for broadsheet,
 * text for less, HTML for w3m and lynx), each in its own private tmux server: time to the first
 * screen, peak memory, and broadsheet's own keypress-to-frame timings, for the sample article
 * and one of 1 MB. Needs tmux and a built `apps/cli/dist/broadsheet.js`.
 */
export async function readerBench(): Promise<void> {
  if (!existsSync(BIN)) {
    throw new Error(
      `${BIN} is missing: build it first (pnpm build, or pnpm --filter broadsheet build); the reader benchmark times the built command and builds nothing itself`,
    );
  }
  if (!hasTmux()) {
    console.log(
      "\nReader benchmark skipped: tmux is not installed (apt-get install tmux); it runs every program in a real terminal",
    );
    return;
  }
  const runs = runsFromEnv();
  const work = mkdtempSync(join(tmpdir(), "broadsheet-bench-reader-"));
  try {
    const articles = writeReaderArticles(work);
    const tools = readerTools(BIN, FIRST_SCREEN_WORDS);
    const results: Results = new Map();
    for (const [index, tool] of tools.entries()) {
      const byArticle = new Map<string, FirstScreenResult | string>();
      results.set(tool.name, byArticle);
      if (tool.missing) {
        for (const article of articles) byArticle.set(article.name, `skipped: ${tool.missing}`);
        continue;
      }
      const dir = mkdtempSync(join(work, "tool-"));
      const server = await TmuxBenchServer.start(`tool-${index}`, dir, SIZE);
      try {
        for (const article of articles) {
          byArticle.set(
            article.name,
            await firstScreenRuns(server, tool, article, { runs, words: FIRST_SCREEN_WORDS, dir }),
          );
        }
      } finally {
        await server.kill();
      }
    }
    const broadsheet = tools[tools.length - 1];
    const keypresses = new Map<string, KeypressResult>();
    if (broadsheet) {
      const dir = mkdtempSync(join(work, "keys-"));
      const server = await TmuxBenchServer.start("keys", dir, SIZE);
      try {
        for (const article of articles) {
          keypresses.set(
            article.name,
            await keypressLatency(server, broadsheet, article, { words: FIRST_SCREEN_WORDS, dir }),
          );
        }
      } finally {
        await server.kill();
      }
    }
    printFirstScreens(results, articles, runs);
    const inside = results.get(broadsheet?.name ?? "");
    const insideRows = articles.map((article) => {
      const result = inside?.get(article.name);
      return typeof result === "object" && result.insideMs !== undefined
        ? `${article.name} ${formatNumber(result.insideMs)} ms`
        : `${article.name} –`;
    });
    console.log(
      `(broadsheet's own first-screen timing, process start to frame written, median: ${insideRows.join(", ")})`,
    );
    printKeypresses(keypresses);
    printVerdicts(inside, keypresses);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
