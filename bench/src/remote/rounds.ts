import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { type FirstScreenResult, firstScreenRuns } from "../reader/first-screen-runs.js";
import { median } from "../reader/statistics.js";
import { TmuxBenchServer } from "../reader/tmux-bench-server.js";
import type { HeadlessCommand, HeadlessResult } from "./headless-runs.js";
import { headlessRun } from "./headless-runs.js";
import { countedStatuses, type LoopbackServer } from "./loopback-server.js";
import type { RemoteRow } from "./remote-tools.js";

/** A row measured in rounds: each round's figures, or why the row stopped. */
interface Measured<T> {
  name: string;
  samples: T[];
  failure: string | undefined;
  /** The statuses the site answered during the row's runs, counted. */
  requests: string;
}

/** A first-screen row: its target and each round's launch. */
export interface ScreenRow extends Measured<FirstScreenResult> {
  target: string;
}

/** A headless row: each round's run. */
export type HeadlessRow = Measured<{ ms: number; cpuMs: number }>;

/** The median of each figure of a row's launches. */
export function medianScreen(samples: readonly FirstScreenResult[]): FirstScreenResult {
  const inside = samples.flatMap((sample) =>
    sample.insideMs === undefined ? [] : [sample.insideMs],
  );
  return {
    firstScreenMs: median(samples.map((sample) => sample.firstScreenMs)),
    peakRssMb: median(samples.map((sample) => sample.peakRssMb)),
    insideMs: inside.length > 0 ? median(inside) : undefined,
  };
}

/** The reason of a failed launch without the command line it quotes (long XDG paths). */
function shortFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split("\n")[0] ?? "";
  return /"[^"]*" did not show in \d+ ms/.exec(first)?.[0] ?? first.slice(0, 160);
}

/**
 * Launches every row once per round, in turn, `runs` rounds, each row in its own tmux server
 * (so that a burst of load from elsewhere falls on all rows alike and the ratios between rows
 * hold). A row whose launch fails is dropped from later rounds with the reason.
 */
export async function firstScreenRounds(
  rows: readonly RemoteRow[],
  server: LoopbackServer,
  options: { runs: number; scratch: string; size: { columns: number; rows: number } },
): Promise<ScreenRow[]> {
  const states = rows.map(({ tool, target }) => ({
    tool,
    target,
    dir: mkdtempSync(join(options.scratch, "tmux-")),
    tmux: undefined as TmuxBenchServer | undefined,
    samples: [] as FirstScreenResult[],
    statuses: [] as string[],
    failure: tool.missing ? `skipped: ${tool.missing}` : undefined,
  }));
  try {
    for (const [index, state] of states.entries()) {
      if (!state.failure) {
        state.tmux = await TmuxBenchServer.start(`remote-${index}`, state.dir, options.size);
      }
    }
    for (let round = 0; round < options.runs; round++) {
      for (const state of states) {
        if (state.failure || !state.tmux) continue;
        try {
          const [words, dir] = [state.target.words, state.dir];
          state.samples.push(
            await firstScreenRuns(state.tmux, state.tool, state.target, { runs: 1, words, dir }),
          );
        } catch (error) {
          state.failure = `failed: ${shortFailure(error)}`;
          console.log(`  ${state.tool.name}: ${error instanceof Error ? error.message : error}`);
        }
        state.statuses.push(...(await server.takeStatuses()));
      }
      console.log(`  (first screens: round ${round + 1} of ${options.runs})`);
    }
  } finally {
    for (const state of states) await state.tmux?.kill();
  }
  return states.map((state) => ({
    name: state.tool.name,
    target: state.target.name,
    samples: state.samples,
    failure: state.failure,
    requests: countedStatuses(state.statuses),
  }));
}

/**
 * Runs each command once per round, in turn, `runs` rounds, after each command's warm-up. A
 * command that fails is dropped from later rounds with the reason.
 */
export async function headlessRounds(
  commands: readonly HeadlessCommand[],
  server: LoopbackServer,
  runs: number,
): Promise<HeadlessRow[]> {
  for (const command of commands) if (!command.missing) command.warmUp?.();
  await server.takeStatuses();
  const states = commands.map((command) => ({
    command,
    samples: [] as { ms: number; cpuMs: number }[],
    statuses: [] as string[],
    failure: command.missing,
  }));
  for (let round = 0; round < runs; round++) {
    for (const state of states) {
      if (state.failure) continue;
      const result: HeadlessResult = headlessRun(state.command);
      if ("failed" in result) state.failure = result.failed;
      else state.samples.push(result);
      state.statuses.push(...(await server.takeStatuses()));
    }
  }
  return states.map((state) => ({
    name: state.command.name,
    samples: state.samples,
    failure: state.failure,
    requests: countedStatuses(state.statuses),
  }));
}
