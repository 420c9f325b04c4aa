import { formatNumber, printTable } from "../print-table.js";
import type { FirstScreenResult } from "../reader/first-screen-runs.js";
import { median } from "../reader/statistics.js";
import type { FeedFirstFrame } from "./feed-first-frame-timing.js";
import { ROW } from "./remote-tools.js";
import { type HeadlessRow, medianScreen, type ScreenRow } from "./rounds.js";

/** The targets. */
const TARGETS = { remoteOverFile: 1.5, feedListedMs: 100 } as const;

/** The feed parsed in this process: its items, size and mean time per parse. */
export interface FeedParse {
  items: number;
  bytes: number;
  ms: number;
}

const times = (value: number) => (Number.isNaN(value) ? "–" : `${value.toFixed(2)}×`);

function samplesOf(rows: readonly ScreenRow[], name: string): FirstScreenResult[] {
  return rows.find((row) => row.name === name)?.samples ?? [];
}

/**
 * The median over rounds of `rows`' first screen over `base`'s in the same round (rounds run
 * every row in turn, so a burst of load falls on both), or NaN.
 */
function roundRatio(row: readonly FirstScreenResult[], base: readonly FirstScreenResult[]): number {
  const count = Math.min(row.length, base.length);
  const ratios = Array.from(
    { length: count },
    (_, round) =>
      (row[round] as FirstScreenResult).firstScreenMs /
      (base[round] as FirstScreenResult).firstScreenMs,
  );
  return median(ratios);
}

/** The first-screen table: each row's medians, and its ratios to the floor and to the file. */
export function printFirstScreens(
  rows: readonly ScreenRow[],
  runs: number,
  size: { columns: number; rows: number },
): void {
  const floor = rows[0]?.samples ?? [];
  const file = samplesOf(rows, ROW.file);
  printTable(
    `Reading from the web in tmux ${size.columns}×${size.rows}: exec to the first words on the terminal (median of ${runs} rounds, every row once a round), the sample article from its file and from its page on 127.0.0.1, and the 100-item feed's library`,
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
      if (row.failure || row.samples.length === 0) {
        return [row.name, row.target, row.failure ?? "not measured", "", "", "", "", row.requests];
      }
      const result = medianScreen(row.samples);
      return [
        row.name,
        row.target,
        formatNumber(result.firstScreenMs),
        times(roundRatio(row.samples, floor)),
        row.target === "article" ? times(roundRatio(row.samples, file)) : "",
        result.insideMs === undefined ? "" : formatNumber(result.insideMs),
        formatNumber(result.peakRssMb),
        row.requests,
      ];
    }),
  );
  console.log(
    "× = median over rounds of the row's time over the other's in the same round; node = Node printing the article's first words and waiting for a key; cold = new XDG folders (an empty cache) each launch, warm = a cache filled before the runs (each document revalidated, a 304); own = the reader's BROADSHEET_PROFILE_FILE timing, process start to first frame",
  );
}

/** The headless table: the article's rows, then the feed's, each beside `node -e 0`. */
export function printHeadless(rows: readonly HeadlessRow[], runs: number): void {
  const floor = rows[0]?.samples ?? [];
  const ratio = (row: HeadlessRow, pick: (sample: { ms: number; cpuMs: number }) => number) => {
    const count = Math.min(row.samples.length, floor.length);
    return times(
      median(
        Array.from({ length: count }, (_, round) => {
          const [mine, base] = [row.samples[round], floor[round]];
          return mine && base ? pick(mine) / pick(base) : Number.NaN;
        }),
      ),
    );
  };
  printTable(
    `Without a terminal, spawn to exit with the output piped (median of ${runs} rounds, every row once a round): the sample article's page and the 100-item feed on 127.0.0.1`,
    ["program", "wall ms", "× node -e 0", "CPU ms", "CPU × node", "site answered (all runs)"],
    rows.map((row) => {
      if (row.failure || row.samples.length === 0) {
        return [row.name, row.failure ?? "not measured", "", "", "", row.requests];
      }
      const cpu = median(row.samples.map((sample) => sample.cpuMs));
      return [
        row.name,
        formatNumber(median(row.samples.map((sample) => sample.ms))),
        ratio(row, (sample) => sample.ms),
        Number.isNaN(cpu) ? "–" : formatNumber(cpu),
        ratio(row, (sample) => sample.cpuMs),
        row.requests,
      ];
    }),
  );
  console.log(
    "CPU = user + system time of the process and its children (GNU time); on a loaded machine it moves less than the wall time",
  );
}

function verdict(met: boolean, text: string): string {
  return `  ${(met ? "met" : "MISSED").padEnd(6)} ${text}`;
}

/** The verdicts on the targets, with the figures they rest on. */
export function printVerdicts(
  rows: readonly ScreenRow[],
  parse: FeedParse,
  frame: FeedFirstFrame,
): void {
  console.log("\nTargets");
  console.log(
    `  (the ${parse.items}-item feed, ${formatNumber(parse.bytes / 1024)} KB, decoded and parsed in ${formatNumber(parse.ms)} ms, mean in this process)`,
  );
  const file = samplesOf(rows, ROW.file);
  for (const [name, label] of [
    [ROW.pageCold, "cold"],
    [ROW.pageWarm, "warm"],
  ] as const) {
    const page = samplesOf(rows, name);
    if (file.length === 0 || page.length === 0) {
      console.log(`  –      first screen of the page, ${label}: not measured`);
      continue;
    }
    const ratio = roundRatio(page, file);
    const [pageMs, fileMs] = [page, file].map((samples) => medianScreen(samples).firstScreenMs);
    console.log(
      verdict(
        ratio <= TARGETS.remoteOverFile,
        `first screen of the page, ${label}: ${formatNumber(pageMs ?? Number.NaN)} ms beside the file's ${formatNumber(fileMs ?? Number.NaN)} ms, ${ratio.toFixed(2)}× (median of rounds; target <= ${TARGETS.remoteOverFile}×)`,
      ),
    );
  }
  console.log(
    verdict(
      frame.warmMs <= TARGETS.feedListedMs,
      `${parse.items}-item feed parsed and listed (its bytes to the library's first frame drawn, in one process): ${formatNumber(frame.warmMs)} ms, mean of ${frame.runs - 1} runs after the first; the first run ${formatNumber(frame.coldMs)} ms (target <= ${TARGETS.feedListedMs} ms)`,
    ),
  );
  for (const [name, label] of [
    [ROW.feedCold, "cold"],
    [ROW.feedWarm, "warm"],
  ] as const) {
    const samples = samplesOf(rows, name);
    if (samples.length === 0) {
      console.log(`  –      the feed's library from exec, ${label}: not measured`);
      continue;
    }
    const listed = medianScreen(samples);
    const inside =
      listed.insideMs === undefined ? "" : `; its own timing ${formatNumber(listed.insideMs)} ms`;
    console.log(
      `  ·      the feed's library from exec, ${label}: first screen ${formatNumber(listed.firstScreenMs)} ms${inside} (start-up, fetch and drawing included; beside the target, not it)`,
    );
  }
}
