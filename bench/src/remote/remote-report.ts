import { formatNumber, printTable } from "../print-table.js";
import type { FirstScreenResult } from "../reader/first-screen-runs.js";
import type { HeadlessResult } from "./headless-runs.js";
import { ROW } from "./remote-tools.js";

/** The targets. */
const TARGETS = { remoteOverFile: 1.5, feedListedMs: 100 } as const;

/** One row of the first-screen table: a program on a target, measured or why not. */
export interface ScreenRow {
  name: string;
  target: string;
  result: FirstScreenResult | string;
  /** The statuses the site answered during the row's runs. */
  requests?: string;
}

/** One row of the headless table. */
export interface HeadlessRow {
  name: string;
  result: HeadlessResult;
  requests: string;
}

/** The feed parsed in this process: its items, size and mean time per parse. */
export interface FeedParse {
  items: number;
  bytes: number;
  ms: number;
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

function screenMs(rows: ScreenRow[], name: string): FirstScreenResult | undefined {
  const result = rows.find((row) => row.name === name)?.result;
  return typeof result === "object" ? result : undefined;
}

/** The first-screen table: each row's median, its ratio to the floor and to the file. */
export function printFirstScreens(
  rows: ScreenRow[],
  runs: number,
  size: { columns: number; rows: number },
): void {
  const floor = typeof rows[0]?.result === "object" ? rows[0].result.firstScreenMs : Number.NaN;
  const file = screenMs(rows, ROW.file)?.firstScreenMs ?? Number.NaN;
  printTable(
    `Reading from the web in tmux ${size.columns}×${size.rows}: exec to the first words on the terminal (median of ${runs} runs), the sample article from its file and from its page on 127.0.0.1, and the 100-item feed's library`,
    [
      "program",
      "reads",
      "first screen ms",
      "× node",
      "× file",
      "own first-screen ms",
      "peak RSS MB",
      "site answered (all runs)",
    ],
    rows.map((row) => {
      if (typeof row.result === "string") {
        return [row.name, row.target, row.result, "", "", "", "", row.requests ?? ""];
      }
      const ms = row.result.firstScreenMs;
      return [
        row.name,
        row.target,
        formatNumber(ms),
        ratio(ms, floor),
        row.target === "article" ? ratio(ms, file) : "",
        row.result.insideMs === undefined ? "" : formatNumber(row.result.insideMs),
        formatNumber(row.result.peakRssMb),
        row.requests ?? "",
      ];
    }),
  );
  console.log(
    "node = Node printing the article's first words and waiting for a key; cold = new XDG folders (an empty cache) each launch, warm = a cache filled before the runs (each document revalidated, a 304)",
  );
}

/** The headless table: the article's rows, then the feed's, each beside `node -e 0`. */
export function printHeadless(article: HeadlessRow[], feed: HeadlessRow[], runs: number): void {
  const node = article[0]?.result;
  const floor = node && "ms" in node ? node : { ms: Number.NaN, cpuMs: Number.NaN };
  const cpu = (ms: number) => (Number.isNaN(ms) ? "–" : formatNumber(ms));
  printTable(
    `Without a terminal, spawn to exit with the output piped (median of ${runs} runs): the sample article's page and the 100-item feed on 127.0.0.1`,
    ["program", "wall ms", "× node -e 0", "CPU ms", "CPU × node", "site answered (all runs)"],
    [...article, ...feed].map((row) =>
      "ms" in row.result
        ? [
            row.name,
            formatNumber(row.result.ms),
            ratio(row.result.ms, floor.ms),
            cpu(row.result.cpuMs),
            Number.isNaN(row.result.cpuMs) ? "–" : ratio(row.result.cpuMs, floor.cpuMs),
            row.requests,
          ]
        : [row.name, row.result.failed, "", "", "", row.requests],
    ),
  );
  console.log(
    "CPU = user + system time of the process and its children (GNU time); on a loaded machine it moves less than the wall time",
  );
}

function verdict(met: boolean, text: string): string {
  return `  ${(met ? "met" : "MISSED").padEnd(6)} ${text}`;
}

/** The verdicts on the targets, with the figures they rest on. */
export function printVerdicts(rows: ScreenRow[], parse: FeedParse): void {
  console.log("\nTargets");
  console.log(
    `  (the ${parse.items}-item feed, ${formatNumber(parse.bytes / 1024)} KB, decoded and parsed in ${formatNumber(parse.ms)} ms, mean in this process)`,
  );
  const file = screenMs(rows, ROW.file);
  for (const [name, label] of [
    [ROW.pageCold, "cold"],
    [ROW.pageWarm, "warm"],
  ] as const) {
    const page = screenMs(rows, name);
    if (!file || !page) {
      console.log(`  –      first screen of the page, ${label}: not measured`);
      continue;
    }
    const times = page.firstScreenMs / file.firstScreenMs;
    console.log(
      verdict(
        times <= TARGETS.remoteOverFile,
        `first screen of the page, ${label}: ${formatNumber(page.firstScreenMs)} ms, ${times.toFixed(2)}× the file's ${formatNumber(file.firstScreenMs)} ms (target <= ${TARGETS.remoteOverFile}×)`,
      ),
    );
  }
  for (const [name, label] of [
    [ROW.feedCold, "cold"],
    [ROW.feedWarm, "warm"],
  ] as const) {
    const listed = screenMs(rows, name);
    if (!listed) {
      console.log(`  –      feed parsed and listed, ${label}: not measured`);
      continue;
    }
    const inside =
      listed.insideMs === undefined ? "" : `; its own timing ${formatNumber(listed.insideMs)} ms`;
    console.log(
      verdict(
        listed.firstScreenMs <= TARGETS.feedListedMs,
        `${parse.items}-item feed parsed and listed, ${label}: first screen ${formatNumber(listed.firstScreenMs)} ms from exec${inside} (target <= ${TARGETS.feedListedMs} ms)`,
      ),
    );
  }
}
