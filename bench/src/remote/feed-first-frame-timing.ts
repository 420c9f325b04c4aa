import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../web/paths.js";

/** The CLI's script that times a feed's first frame in one process (run by path, under tsx). */
const SCRIPT = join(REPO_ROOT, "apps", "cli", "src", "remote", "time-feed-first-frame.ts");
const BENCH = join(REPO_ROOT, "bench");

/** A feed's bytes to the library's first frame in one process: the first run and the mean after. */
export interface FeedFirstFrame {
  bytes: number;
  runs: number;
  coldMs: number;
  warmMs: number;
}

/**
 * Times the feed at `url` parsed, listed by the CLI's library and drawn as the reader's first
 * frame, `runs` times in a fresh process (the CLI's `time-feed-first-frame.ts`, run with the
 * bench's tsx).
 */
export function feedFirstFrameTiming(
  url: string,
  runs: number,
  size: { columns: number; rows: number },
): FeedFirstFrame {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", SCRIPT, url, String(runs), String(size.columns), String(size.rows)],
    { cwd: BENCH, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (result.status !== 0) {
    throw new Error(`${SCRIPT} failed (${result.status}): ${result.stderr.trim()}`);
  }
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as FeedFirstFrame;
}
