import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** What one command cost: wall time and peak resident memory. */
export interface CommandCost {
  wallMs: number;
  peakRssMb: number;
  stdout: string;
}

const TIME = "/usr/bin/time";

/**
 * Runs a command to the end and measures it: wall time, and the peak resident memory from GNU
 * time's "Maximum resident set size" (NaN when GNU time is not installed). Throws with its
 * stderr when it fails.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; okStatuses?: readonly number[] } = {},
): CommandCost {
  const gnuTime = existsSync(TIME);
  const [file, fileArgs] = gnuTime ? [TIME, ["-v", command, ...args]] : [command, [...args]];
  const start = performance.now();
  const result = spawnSync(file, fileArgs, {
    encoding: "utf8",
    env: options.env ?? process.env,
    cwd: options.cwd,
    maxBuffer: 512 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const ok = options.okStatuses ?? [0];
  if (result.status === null || !ok.includes(result.status)) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}): ${result.stderr.slice(-2000)}`,
    );
  }
  const kb = Number(
    /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN,
  );
  return { wallMs, peakRssMb: kb / 1024, stdout: result.stdout };
}
