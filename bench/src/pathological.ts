import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Article } from "@broadsheet/article";
import { parseArticleText } from "@broadsheet/content";
import { PROFILE_NAMES, toMarkdown } from "@broadsheet/markdown";
import { formatNumber, printTable } from "./print-table.js";

/**
 * Seconds per pathological input shape at several sizes, for each path a user runs: reading the
 * file as Markdown (validate), writing it in every profile (export) and reading its text as wire
 * copy (import). Linear time shows as seconds that double with the size. Each measurement runs in
 * its own process, stopped after a time-out; then 4.8 MB files (`p\n\n`, plain words, code
 * spans, character references) are read for their peak RSS.
 *
 *   npx tsx src/pathological.ts [--sizes 25,50,100] [--timeout 60] [--stages read,write,wire]
 *                               [--only name,name]
 */

const HEAD = '---\nheadline: "Pathological"\ndatePublished: "2025-09-14T08:00:00+02:00"\n---\n\n';

/** A shape: the body text at about `bytes` long. */
const SHAPES: Record<string, (bytes: number) => string> = {
  "a + spaces + b": (bytes) => `a${" ".repeat(bytes - 2)}b`,
  "> [!ASIDE] a + spaces": (bytes) => `> [!ASIDE] a${" ".repeat(bytes - 12)}`,
  _a: (bytes) => "_a".repeat(bytes / 2),
  "a*": (bytes) => "a*".repeat(bytes / 2),
  "*a": (bytes) => "*a".repeat(bytes / 2),
  a_: (bytes) => "a_".repeat(bytes / 2),
  "~a": (bytes) => "~a".repeat(bytes / 2),
  "- - - x": (bytes) => `${"- ".repeat(bytes / 2 - 1)}x`,
  "> > > x": (bytes) => `${"> ".repeat(bytes / 2 - 1)}x`,
  "[": (bytes) => "[".repeat(bytes),
  "[a](": (bytes) => "[a](".repeat(bytes / 4),
  "<": (bytes) => "<".repeat(bytes),
  "<a": (bytes) => "<a".repeat(bytes / 2),
  "{{": (bytes) => "{{".repeat(bytes / 2),
  "`": (bytes) => "`a".repeat(bytes / 2),
  "\\": (bytes) => "\\".repeat(bytes),
  "&": (bytes) => "&a".repeat(bytes / 2),
  tabs: (bytes) => `a${"\t".repeat(bytes - 2)}b`,
  "1. 1. 1.": (bytes) => "1. ".repeat(bytes / 3),
  "p\\n\\n": (bytes) => "p\n\n".repeat(bytes / 3),
  "| a |": (bytes) => `| a |\n| - |\n${"| a |\n".repeat(bytes / 6)}`,
  "front matter keys": () => "",
  "a ": (bytes) => "a ".repeat(bytes / 2),
  "`a` ": (bytes) => "`a` ".repeat(bytes / 4),
  "&amp; ": (bytes) => "&amp; ".repeat(bytes / 6),
};

/** Shapes only run as 4.8 MB files, for memory. */
const MEMORY_ONLY = new Set(["a ", "`a` ", "&amp; "]);

function frontMatterKeys(bytes: number): string {
  const lines: string[] = [
    'headline: "Pathological"',
    'datePublished: "2025-09-14T08:00:00+02:00"',
  ];
  for (let index = 0, size = 0; size < bytes; index++) {
    const line = `k${index}: 1`;
    lines.push(line);
    size += line.length + 1;
  }
  return `---\n${lines.join("\n")}\n---\n\nText.\n`;
}

function markdownFile(shape: string, bytes: number): string {
  if (shape === "front matter keys") return frontMatterKeys(bytes);
  return `${HEAD}${SHAPES[shape]?.(bytes) ?? ""}\n`;
}

function articleOf(text: string): Article {
  return {
    schemaVersion: 1,
    id: "pathological",
    slug: "pathological",
    headline: "Pathological",
    datePublished: "2025-09-14T08:00:00+02:00",
    body: [{ type: "paragraph", content: [{ text }] }],
  };
}

type Stage = "read" | "write" | "wire";

function runOne(shape: string, bytes: number, stage: Stage): void {
  const file = markdownFile(shape, bytes);
  const body = shape === "front matter keys" ? file : (SHAPES[shape]?.(bytes) ?? "");
  const start = performance.now();
  let note = "";
  if (stage === "read") {
    const result = parseArticleText(file, "markdown", "pathological.md");
    note = result.ok ? "ok" : `${result.errors.length} errors`;
  } else if (stage === "write") {
    const article = articleOf(body.trim() === "" ? "x" : body);
    for (const profile of PROFILE_NAMES) toMarkdown(article, { profile });
  } else {
    const result = parseArticleText(body, "wire-text", "pathological.txt");
    note = result.ok ? "ok" : `${result.errors.length} errors`;
  }
  const seconds = (performance.now() - start) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, peakRssMb, note })}\n`);
}

interface Cost {
  seconds?: number;
  peakRssMb?: number;
  note: string;
}

function measureInChild(shape: string, bytes: number, stage: Stage, timeoutS: number): Cost {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, "--one", shape, String(bytes), stage],
    { encoding: "utf8", timeout: timeoutS * 1000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.error || child.signal) return { note: `> ${timeoutS} s (stopped)` };
  try {
    return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "") as Cost;
  } catch {
    return { note: `failed: ${child.stderr.trim().split("\n").at(-1) ?? ""}` };
  }
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function main(): void {
  if (process.argv.includes("--one")) {
    const [shape = "", bytes = "0", stage = "read"] = process.argv.slice(
      process.argv.indexOf("--one") + 1,
    );
    runOne(shape, Number(bytes), stage as Stage);
    return;
  }
  const sizes = (option("--sizes") ?? "25,50,100").split(",").map((kb) => Number(kb) * 1000);
  const timeoutS = Number(option("--timeout") ?? "60");
  const only = option("--only")?.split(",");
  const stages = (option("--stages") ?? "read,write,wire").split(",") as Stage[];
  const shapes = Object.keys(SHAPES).filter(
    (shape) => (!only || only.includes(shape)) && !MEMORY_ONLY.has(shape),
  );
  for (const stage of stages) {
    const rows: string[][] = [];
    for (const shape of shapes) {
      if (stage !== "read" && shape === "front matter keys") continue;
      const row = [shape];
      for (const bytes of sizes) {
        const cost = measureInChild(shape, bytes, stage, timeoutS);
        row.push(cost.seconds === undefined ? cost.note : formatNumber(cost.seconds));
      }
      rows.push(row);
      console.error(`${stage} ${row.join("  ")}`);
    }
    printTable(
      `${stage}: seconds per shape (one process each, time-out ${timeoutS} s)`,
      ["shape", ...sizes.map((bytes) => `${bytes / 1000} KB`)],
      rows,
    );
  }
  const memoryRows: string[][] = [];
  for (const shape of ["p\\n\\n", "a ", "`a` ", "&amp; "]) {
    if (only && !only.includes(shape)) continue;
    const cost = measureInChild(shape, 4.8e6, "read", timeoutS * 5);
    memoryRows.push([
      shape,
      cost.seconds === undefined ? cost.note : formatNumber(cost.seconds),
      cost.peakRssMb === undefined ? "-" : formatNumber(cost.peakRssMb),
      cost.note,
    ]);
  }
  printTable(
    "read: a 4.8 MB file of one unit repeated (peak RSS of the whole process)",
    ["unit", "seconds", "peak RSS MB", "result"],
    memoryRows,
  );
}

main();
