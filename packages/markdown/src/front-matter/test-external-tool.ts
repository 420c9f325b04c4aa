import { spawnSync } from "node:child_process";
import type { TestContext } from "vitest";

/**
 * Skips the test, with a message, when `command --version` (or the given arguments) does not
 * run; under CI a missing tool fails the test instead.
 */
export function skipWithout(
  context: TestContext,
  command: string,
  args: readonly string[] = ["--version"],
): void {
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.error === undefined && run.status === 0) return;
  const why = run.error?.message ?? run.stderr.trim();
  if (process.env.CI) throw new Error(`${command} is needed under CI (${why})`);
  context.skip(`${command} is not installed here (${why}): not checked against it`);
}
