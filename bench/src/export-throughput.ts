import type { Article } from "@broadsheet/article";
import { fromMarkdown, PROFILE_NAMES, type ProfileName, toMarkdown } from "@broadsheet/markdown";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown as mdastToMarkdown } from "mdast-util-to-markdown";
import TurndownService from "turndown";
import { gfm } from "turndown-plugin-gfm";
import { articleToHtml } from "./article-to-html.js";
import { articleToMdast } from "./article-to-mdast.js";
import { sampleMarkdown } from "./fixtures.js";
import { measure } from "./measure.js";
import { formatNumber, printTable } from "./print-table.js";
import { syntheticArchive } from "./synthetic-archive.js";
import { templateMarkdown } from "./template-markdown.js";

const ARCHIVE_SIZE = 10_000;
const WARM_UP = 300;
/** Rounds of every exporter over the archive, each round in another order; the median counts. */
const ARCHIVE_ROUNDS = 5;
/** Rounds of tinybench over the sample, each in another order; the median counts. */
const SAMPLE_ROUNDS = 5;
/** Tinybench time per task and round on the sample, the same for every tool. */
const SAMPLE_MS = 400;
/** How far the order moves on between rounds, so each round starts with another exporter. */
const ROTATION_STEP = 4;
const FLOOR = "string template (floor)";
const MDAST = "mdast-util-to-markdown + gfm";

/** What each profile writes before the body, which the other tools here are not asked for. */
const FRONT_MATTER: Record<ProfileName, string> = {
  broadsheet: " (full YAML front matter)",
  gfm: " (no front matter)",
  hugo: " (YAML front matter)",
  jekyll: " (YAML front matter)",
  astro: " (YAML front matter)",
  eleventy: " (YAML front matter)",
  devto: " (YAML front matter)",
  hashnode: " (YAML front matter)",
};

/** One exporter under test: how to prepare its input from an article (untimed), and the export. */
interface Exporter<Input> {
  name: string;
  input(article: Article): Input;
  run(input: Input): string;
}

function exporters(): Exporter<never>[] {
  const extensions = [gfmToMarkdown()];
  const turndown = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
  }).use(gfm);
  const list: Exporter<unknown>[] = [
    {
      name: FLOOR,
      input: (article) => article,
      run: (article) => templateMarkdown(article as Article),
    },
    ...PROFILE_NAMES.map((profile) => ({
      name: `broadsheet toMarkdown, ${profile} profile${FRONT_MATTER[profile]}`,
      input: (article: Article) => article,
      run: (article: unknown) => toMarkdown(article as Article, { profile }),
    })),
    ...PROFILE_NAMES.map((profile) => ({
      name: `broadsheet toMarkdown, ${profile} profile, fastPaths: false`,
      input: (article: Article) => article,
      run: (article: unknown) => toMarkdown(article as Article, { profile, fastPaths: false }),
    })),
    {
      name: MDAST,
      input: articleToMdast,
      run: (tree) => mdastToMarkdown(tree as ReturnType<typeof articleToMdast>, { extensions }),
    },
    {
      name: "turndown + turndown-plugin-gfm",
      input: articleToHtml,
      run: (html) => turndown.turndown(html as string),
    },
  ];
  return list as Exporter<never>[];
}

/**
 * The UTF-8 size of an export's output, as writing the file would need. Every timed run ends
 * with it, so every tool pays for turning its output into one flat string: without it, the
 * template would be timed building a rope of pointers that V8 only copies out when it is used.
 */
function outputBytes(markdown: string): number {
  return Buffer.byteLength(markdown);
}

interface Row {
  name: string;
  ms: number;
  bytes: number;
}

function printRows(title: string, rows: Row[]): void {
  const floor = rows.find((row) => row.name === FLOOR)?.ms ?? Number.NaN;
  const mdast = rows.find((row) => row.name === MDAST)?.ms ?? Number.NaN;
  printTable(
    title,
    ["exporter", "articles/s", "MB/s out", "µs/article", "× floor time", "speed vs mdast"],
    rows.map((row) => [
      row.name,
      formatNumber(1000 / row.ms),
      formatNumber(row.bytes / 1e6 / (row.ms / 1000)),
      formatNumber(row.ms * 1000),
      `${(row.ms / floor).toFixed(2)}×`,
      `${(mdast / row.ms).toFixed(2)}×`,
    ]),
  );
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The items starting at `first` and wrapping around: round `first` of a rotated order. */
function rotated<T>(items: readonly T[], first: number): T[] {
  const start = first % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** Each exporter's time per article in every round, keyed by its name. */
function collectRounds(names: readonly string[]): Map<string, number[]> {
  return new Map(names.map((name) => [name, []]));
}

async function sampleTable(): Promise<void> {
  const parsed = fromMarkdown(sampleMarkdown());
  if (!parsed.ok) throw new Error("the sample Markdown does not parse");
  const article = parsed.article;
  const tasks = exporters().map((exporter) => {
    const input = exporter.input(article);
    return {
      name: exporter.name,
      bytes: outputBytes(exporter.run(input)),
      run: () => outputBytes(exporter.run(input)),
    };
  });
  const times = collectRounds(tasks.map((task) => task.name));
  for (let round = 0; round < SAMPLE_ROUNDS; round++) {
    for (const result of await measure(rotated(tasks, round * ROTATION_STEP), SAMPLE_MS)) {
      times.get(result.name)?.push(result.msPerRun);
    }
  }
  printRows(
    `Export, sample article (Kursk); ${SAMPLE_ROUNDS} rounds of the same tinybench settings for every tool, each round in a rotated order, median per tool; inputs built up front, each run ends by measuring its output's UTF-8 bytes; MB/s of each tool's own output; the floor, mdast and turndown write no front matter`,
    tasks.map((task) => ({
      name: task.name,
      ms: median(times.get(task.name) ?? []),
      bytes: task.bytes,
    })),
  );
}

/** One exporter's archive: its inputs, built up front, and its output bytes per article. */
interface ArchiveRun {
  exporter: Exporter<never>;
  inputs: never[];
  bytes: number;
}

function timedPass(run: ArchiveRun): number {
  const start = performance.now();
  let bytes = 0;
  for (const input of run.inputs) bytes += outputBytes(run.exporter.run(input));
  const ms = (performance.now() - start) / run.inputs.length;
  run.bytes = bytes / run.inputs.length;
  return ms;
}

function archiveTable(): void {
  const articles = syntheticArchive(ARCHIVE_SIZE);
  const runs: ArchiveRun[] = exporters().map((exporter) => ({
    exporter,
    inputs: articles.map((article) => exporter.input(article)) as never[],
    bytes: 0,
  }));
  for (const run of runs) {
    for (const input of run.inputs.slice(0, WARM_UP)) outputBytes(run.exporter.run(input));
  }
  const times = collectRounds(runs.map((run) => run.exporter.name));
  for (let round = 0; round < ARCHIVE_ROUNDS; round++) {
    for (const run of rotated(runs, round * ROTATION_STEP)) {
      times.get(run.exporter.name)?.push(timedPass(run));
    }
  }
  printRows(
    `Export, synthetic archive of ${formatNumber(ARCHIVE_SIZE)} articles (${ARCHIVE_ROUNDS} rounds, each a timed pass of every tool over all of them in a rotated order, median per tool; in memory; the floor, mdast and turndown write no front matter)`,
    runs.map((run) => ({
      name: run.exporter.name,
      ms: median(times.get(run.exporter.name) ?? []),
      bytes: run.bytes,
    })),
  );
}

/** Export throughput of toMarkdown beside mdast-util-to-markdown, turndown and a string template. */
export async function exportThroughput(): Promise<void> {
  await sampleTable();
  archiveTable();
}
