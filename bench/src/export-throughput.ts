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
  const results = await measure(tasks);
  printRows(
    "Export, sample article (Kursk); inputs built up front, each run ends by measuring its output's UTF-8 bytes; MB/s of each tool's own output; the floor, mdast and turndown write no front matter",
    results.map((result) => ({ name: result.name, ms: result.msPerRun, bytes: result.bytes })),
  );
}

function archiveTable(): void {
  const articles = syntheticArchive(ARCHIVE_SIZE);
  const rows: Row[] = [];
  for (const exporter of exporters()) {
    const inputs = articles.map((article) => exporter.input(article));
    for (const input of inputs.slice(0, WARM_UP)) outputBytes(exporter.run(input));
    let bytes = 0;
    const start = performance.now();
    for (const input of inputs) bytes += outputBytes(exporter.run(input));
    const ms = (performance.now() - start) / inputs.length;
    rows.push({ name: exporter.name, ms, bytes: bytes / inputs.length });
  }
  printRows(
    `Export, synthetic archive of ${formatNumber(ARCHIVE_SIZE)} articles (one timed pass of each tool over all of them, in memory; the floor, mdast and turndown write no front matter)`,
    rows,
  );
}

/** Export throughput of toMarkdown beside mdast-util-to-markdown, turndown and a string template. */
export async function exportThroughput(): Promise<void> {
  await sampleTable();
  archiveTable();
}
