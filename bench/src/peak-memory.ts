import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const TIME = "/usr/bin/time";

/** What one run of a node script cost: wall time and the peak resident memory of the process. */
export interface ProcessCost {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  peakRssMb: number;
  /** How the peak was read: GNU time's report, or the process's own getrusage at exit. */
  source: "/usr/bin/time -v" | "process.resourceUsage()";
}

let reporter: string | undefined;

/** A preload that prints the process's own peak RSS (getrusage) on stderr as it exits. */
function maxRssReporter(): string {
  if (reporter) return reporter;
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-bench-rss-"));
  reporter = join(dir, "report-max-rss.mjs");
  writeFileSync(
    reporter,
    [
      'import { writeSync } from "node:fs";',
      'process.on("exit", () => writeSync(2, "\\nmax-rss-kb " + process.resourceUsage().maxRSS + "\\n"));',
      "",
    ].join("\n"),
  );
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return reporter;
}

/**
 * Runs `node SCRIPT ARGS` and measures it: under GNU time (`/usr/bin/time -v`, its "Maximum
 * resident set size") where it is installed, else with a preload that reads the process's own
 * getrusage peak as it exits. Both report the kernel's high-water mark of resident memory.
 */
export function measureNode(script: string, args: readonly string[]): ProcessCost {
  const gnuTime = existsSync(TIME);
  const nodeArgs = gnuTime
    ? [script, ...args]
    : ["--import", pathToFileURL(maxRssReporter()).href, script, ...args];
  const [command, commandArgs] = gnuTime
    ? [TIME, ["-v", process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const start = performance.now();
  const result = spawnSync(command, commandArgs, {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const pattern = gnuTime ? /Maximum resident set size \(kbytes\): (\d+)/ : /max-rss-kb (\d+)/;
  const kb = Number(pattern.exec(result.stderr)?.[1] ?? Number.NaN);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    wallMs,
    peakRssMb: kb / 1024,
    source: gnuTime ? "/usr/bin/time -v" : "process.resourceUsage()",
  };
}
