import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toMarkdown } from "@broadsheet/markdown";
import { measureNode } from "./peak-memory.js";
import { formatNumber, printTable } from "./print-table.js";
import { contentArticles, syntheticArticle } from "./synthetic-archive.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(root, "apps", "cli");
const BIN = join(CLI, "dist", "broadsheet.js");
const RUNS = 15;
const LARGEST = 10_000;
const SIZES = [100, 1_000, LARGEST];

/** Bundles the CLI from its current sources; falls back to an existing bundle, or says why not. */
function buildCli(): boolean {
  try {
    execFileSync(process.execPath, [join(CLI, "build.mjs")], { cwd: CLI, stdio: "pipe" });
    return true;
  } catch (error) {
    const why = (error as { stderr?: Buffer }).stderr?.toString().split("\n")[0] ?? String(error);
    if (existsSync(BIN)) {
      console.log(`\n(could not rebuild the CLI, ${why}; timing the existing ${BIN})`);
      return true;
    }
    console.log(`\nCLI benchmarks skipped: ${BIN} is missing and does not build (${why})`);
    return false;
  }
}

function medianMs(args: readonly string[]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: "pipe" });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function wholeProcess(): void {
  const sample = readdirSync(join(root, "content")).find((name) => name.includes("kursk"));
  if (!sample) throw new Error("content/ has no Kursk sample article");
  const rows: [string, number][] = [
    ["node -e 0", medianMs(["-e", "0"])],
    ["broadsheet --version", medianMs([BIN, "--version"])],
    [
      "broadsheet export <sample> --stdout",
      medianMs([BIN, "export", join("content", sample), "--stdout"]),
    ],
  ];
  const base = rows[0]?.[1] ?? Number.NaN;
  printTable(
    `Whole process, one article (median of ${RUNS} runs, wall clock)`,
    ["command", "ms", "over node -e 0"],
    rows.map(([name, ms]) => [
      name,
      formatNumber(ms),
      name === "node -e 0" ? "" : `+${formatNumber(ms - base)} ms`,
    ]),
  );
}

/** Writes the first `count` articles of the synthetic archive as Broadsheet Markdown files. */
function writeArchive(dir: string, count: number): void {
  const sources = contentArticles();
  mkdirSync(dir);
  for (let index = 0; index < count; index++) {
    const article = syntheticArticle(sources, index);
    writeFileSync(join(dir, `${article.slug}.md`), toMarkdown(article, { profile: "broadsheet" }));
  }
}

function archiveExport(): void {
  const work = mkdtempSync(join(tmpdir(), "broadsheet-bench-"));
  try {
    const archive = join(work, "archive");
    writeArchive(archive, LARGEST);
    const names = readdirSync(archive).sort();
    const rows: string[][] = [];
    let source = "";
    for (const size of SIZES) {
      let folder = archive;
      if (size < LARGEST) {
        folder = join(work, `first-${size}`);
        mkdirSync(folder);
        for (const name of names.slice(0, size))
          copyFileSync(join(archive, name), join(folder, name));
      }
      const out = join(work, `out-${size}`);
      mkdirSync(out);
      const cost = measureNode(BIN, ["export", folder, "--out", out, "--profile", "broadsheet"]);
      source = cost.source;
      if (cost.status !== 0 || !cost.stdout.startsWith(`${size} written`)) {
        throw new Error(
          `broadsheet export of ${size} articles failed: ${cost.stdout}${cost.stderr}`,
        );
      }
      rows.push([
        `export --out (${formatNumber(size)} articles)`,
        formatNumber(size),
        formatNumber(cost.wallMs / 1000),
        formatNumber(size / (cost.wallMs / 1000)),
        formatNumber(cost.peakRssMb),
      ]);
    }
    const held = measureNode(BIN, ["validate", archive]);
    rows.push([
      "validate, for contrast (loads all)",
      formatNumber(LARGEST),
      formatNumber(held.wallMs / 1000),
      formatNumber(LARGEST / (held.wallMs / 1000)),
      formatNumber(held.peakRssMb),
    ]);
    printTable(
      `broadsheet export of a synthetic archive folder (one run each; peak memory from ${source})`,
      ["command", "articles", "wall s", "articles/s", "peak RSS MB"],
      rows,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The `broadsheet export` command as a user runs it: one article, and archives of 100 to 10,000. */
export function cliExport(): void {
  if (!buildCli()) return;
  wholeProcess();
  archiveExport();
}
