import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const GNU_TIME = "/usr/bin/time";

/** A program run to completion without a terminal: how to start it and what must exist first. */
export interface HeadlessCommand {
  name: string;
  /** Why it cannot run here (not installed), or undefined. */
  missing?: string | undefined;
  /** The program and its arguments. */
  argv: () => string[];
  /** Variables added to this process's environment, asked for again before each run. */
  env?: (() => Record<string, string>) | undefined;
  /** To call once before the runs, untimed (a warm cache is filled here, say). */
  warmUp?: (() => void) | undefined;
  /** Called before each run (a cold cache is emptied here, say). */
  prepare?: (() => void) | undefined;
}

/**
 * Wall time from spawn to exit and CPU time (user + system, from GNU time; NaN where it is not
 * installed), or why it could not be measured.
 */
export type HeadlessResult = { ms: number; cpuMs: number } | { failed: string };

/** User + system seconds GNU time wrote to `report`, in ms; NaN without one. */
function cpuOf(report: string): number {
  if (!existsSync(report)) return Number.NaN;
  const [user, system] = (readFileSync(report, "utf8").trim().split("\n").at(-1) ?? "")
    .split(" ")
    .map(Number);
  return ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000;
}

/**
 * Runs `command` once (its warm-up is the caller's to run first) to exit, its output read in full
 * and thrown away, under GNU time where installed. A failure status gives its first line of
 * error output.
 */
export function headlessRun(command: HeadlessCommand): HeadlessResult {
  if (command.missing) return { failed: command.missing };
  const gnuTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-bench-time-"));
  const report = join(dir, "time.txt");
  try {
    command.prepare?.();
    const argv = command.argv();
    const [program = "", ...args] = gnuTime
      ? [GNU_TIME, "-f", "%U %S", "-o", report, ...argv]
      : argv;
    const start = performance.now();
    const result = spawnSync(program, args, {
      env: { ...process.env, ...command.env?.() },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const ms = performance.now() - start;
    if (result.error || result.status !== 0) {
      const why = result.error?.message ?? result.stderr.trim().split("\n")[0] ?? "";
      return { failed: `failed (${result.status ?? result.signal}): ${why}` };
    }
    return { ms, cpuMs: cpuOf(report) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
