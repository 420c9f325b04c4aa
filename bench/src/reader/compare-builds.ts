import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { formatNumber, printTable } from "../print-table.js";
import { firstScreenRuns } from "./first-screen-runs.js";
import { KEY_SCRIPT, keypressLatency } from "./keypress-latency.js";
import { FIRST_SCREEN_WORDS, type ReaderArticle, writeReaderArticles } from "./reader-articles.js";
import { readerTools } from "./reader-tools.js";
import { median } from "./statistics.js";
import { hasTmux, lettersOf, shellQuote, TmuxBenchServer } from "./tmux-bench-server.js";

const SIZE = { columns: 100, rows: 30 };

/** One build of the command: a name and its `broadsheet.js`. */
interface Build {
  name: string;
  bin: string;
}

/** What one build measured on one article, over every round. */
interface Figures {
  plainRead: number[];
  firstScreen: number[];
  firstKey: number[];
  keypressP50: number[];
  keypressP99: number[];
}

function buildsFromArgs(args: readonly string[]): Build[] {
  const builds = args.map((arg) => {
    const at = arg.indexOf("=");
    if (at <= 0) throw new Error(`${arg}: give each build as name=path/to/broadsheet.js`);
    return { name: arg.slice(0, at), bin: resolve(arg.slice(at + 1)) };
  });
  for (const build of builds) {
    if (!existsSync(build.bin)) throw new Error(`${build.name}: ${build.bin} does not exist`);
  }
  if (builds.length < 2) throw new Error("give at least two builds, the first the baseline");
  return builds;
}

/** The last few words of an article's plain text: what `G` (to the end) must bring on screen. */
function lastWords(textFile: string): string {
  const words = readFileSync(textFile, "utf8").trim().split(/\s+/);
  return words.slice(-3).join(" ");
}

/**
 * Launches the build on the article, presses `G` as soon as the first screen shows and times
 * until the article's last words are on the terminal: what someone who reaches for a key at once
 * waits, which takes in Ink and its layout engine loading behind the first screen.
 */
async function firstKeyMs(
  server: TmuxBenchServer,
  bin: string,
  article: ReaderArticle,
): Promise<number> {
  const command = `${shellQuote(process.execPath)} ${shellQuote(bin)} read --no-resume ${shellQuote(article.markdown)}`;
  await server.launch(command, FIRST_SCREEN_WORDS);
  const windows = (await server.tmux("list-windows", "-F", "#{window_name}")).split("\n");
  const window = windows.find((name) => name.startsWith("run-"));
  if (!window) throw new Error("the launched window is missing");
  const start = performance.now();
  await server.press("G");
  const wanted = lettersOf(lastWords(article.text));
  const deadline = start + 20_000;
  while (!lettersOf(await server.tmux("capture-pane", "-p", "-J", "-t", window)).includes(wanted)) {
    if (performance.now() > deadline) throw new Error(`${bin}: G did not show "${wanted}"`);
  }
  const ms = performance.now() - start;
  await server.press("q");
  await server.waitForExit();
  return ms;
}

/** Wall time of one run of the command without a terminal (its output thrown away). */
function commandMs(bin: string, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${bin} ${args.join(" ")} failed: ${result.stderr}`);
  return ms;
}

function ratio(value: number, base: number): string {
  return `${(value / base).toFixed(2)}×`;
}

function printFigures(article: string, builds: Build[], figures: Map<string, Figures>): void {
  const base = figures.get(builds[0]?.name ?? "") as Figures;
  const basePlain = median(base.plainRead);
  const baseFirst = median(base.firstScreen);
  const baseKey = median(base.firstKey);
  const baseP50 = median(base.keypressP50);
  const baseP99 = median(base.keypressP99);
  printTable(
    `${article}: read without a terminal, first screen, and first screen to G answered (medians of ${base.firstScreen.length} launches) and keypress p50/p99 (median over ${base.keypressP50.length} sessions of ${KEY_SCRIPT.length} keys), each as a ratio to ${builds[0]?.name}`,
    [
      "build",
      "read | cat ms",
      "×",
      "first screen ms",
      "×",
      "G at once ms",
      "×",
      "keypress p50 ms",
      "×",
      "keypress p99 ms",
      "×",
    ],
    builds.map((build) => {
      const own = figures.get(build.name) as Figures;
      const plain = median(own.plainRead);
      const first = median(own.firstScreen);
      const key = median(own.firstKey);
      const p50 = median(own.keypressP50);
      const p99 = median(own.keypressP99);
      return [
        build.name,
        formatNumber(plain),
        ratio(plain, basePlain),
        formatNumber(first),
        ratio(first, baseFirst),
        formatNumber(key),
        ratio(key, baseKey),
        formatNumber(p50),
        ratio(p50, baseP50),
        formatNumber(p99),
        ratio(p99, baseP99),
      ];
    }),
  );
}

/**
 * Builds of `broadsheet` side by side in one run, the first the baseline: time to the first
 * screen and keypress-to-frame p50/p99 in tmux for the sample and a 1 MB article, the builds
 * taking turns within each round so that a busy machine slows them alike. Each figure is printed
 * as a ratio to the baseline: how much a change to the bundle is felt by someone reading.
 *
 * `tsx src/reader/compare-builds.ts shipped=../apps/cli/dist/broadsheet.js other=/tmp/x/broadsheet.js`
 * (rounds: BENCH_READER_RUNS, default 7; BENCH_READER_ARTICLE=sample or 1-mb for one article).
 */
export async function compareBuilds(args: readonly string[]): Promise<void> {
  const builds = buildsFromArgs(args);
  if (!hasTmux()) throw new Error("tmux is not installed (apt-get install tmux)");
  const runs = Number(process.env.BENCH_READER_RUNS ?? "7");
  const work = mkdtempSync(join(tmpdir(), "broadsheet-bench-builds-"));
  try {
    const only = process.env.BENCH_READER_ARTICLE;
    const articles = writeReaderArticles(work).filter((article) => !only || article.name === only);
    const server = await TmuxBenchServer.start("builds", work, SIZE);
    try {
      for (const article of articles) {
        const figures = new Map<string, Figures>(
          builds.map((build) => [
            build.name,
            { plainRead: [], firstScreen: [], firstKey: [], keypressP50: [], keypressP99: [] },
          ]),
        );
        for (let round = 0; round < runs; round++) {
          for (const build of builds) {
            const tool = readerTools(build.bin, FIRST_SCREEN_WORDS).at(-1);
            if (!tool) throw new Error("readerTools lists no broadsheet");
            const own = figures.get(build.name) as Figures;
            const dir = mkdtempSync(join(work, "run-"));
            const first = await firstScreenRuns(server, tool, article, {
              runs: 1,
              words: FIRST_SCREEN_WORDS,
              dir,
            });
            own.plainRead.push(commandMs(build.bin, ["read", article.markdown]));
            own.firstScreen.push(first.firstScreenMs);
            own.firstKey.push(await firstKeyMs(server, build.bin, article));
            const keys = await keypressLatency(server, tool, article, {
              words: FIRST_SCREEN_WORDS,
              dir,
            });
            own.keypressP50.push(keys.p50);
            own.keypressP99.push(keys.p99);
          }
        }
        printFigures(article.name, builds, figures);
      }
    } finally {
      await server.kill();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  await compareBuilds(process.argv.slice(2));
} catch (error) {
  console.error(
    `comparing builds failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
