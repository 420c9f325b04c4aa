import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { median } from "../reader/statistics.js";

/** A program run to completion without a terminal: how to start it and what must exist first. */
export interface HeadlessCommand {
  name: string;
  /** Why it cannot run here (not installed), or undefined. */
  missing?: string | undefined;
  /** The program and its arguments. */
  argv: () => string[];
  /** Variables added to this process's environment, asked for again before each run. */
  env?: (() => Record<string, string>) | undefined;
  /** Called before each run (a cold cache is emptied here, say). */
  prepare?: (() => void) | undefined;
}

/** Median wall time of `runs` runs, or why it could not be measured. */
export type HeadlessResult = { ms: number } | { failed: string };

/**
 * Runs `command` `runs` times, each to exit with its output read in full and thrown away, and
 * takes the median wall time from spawn to exit. A run that exits with a failure status stops
 * the measurement, and its first line of error output is the result.
 */
export function headlessRuns(command: HeadlessCommand, runs: number): HeadlessResult {
  if (command.missing) return { failed: command.missing };
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    command.prepare?.();
    const [program = "", ...args] = command.argv();
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
    times.push(ms);
  }
  return { ms: median(times) };
}
