import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReaderArticle } from "./reader-articles.js";
import type { ReaderTool } from "./reader-tools.js";
import { median } from "./statistics.js";
import { peakRssMb, type TmuxBenchServer } from "./tmux-bench-server.js";

/** How long a program is left to finish drawing (and a long article to finish its layout). */
const SETTLE_MS = 400;

/** What N launches of one tool on one article measured. */
export interface FirstScreenResult {
  /** Median time from exec to the article's words on the terminal. */
  firstScreenMs: number;
  /** Median peak resident memory, read just before quitting (after paging to the end and back). */
  peakRssMb: number;
  /** Median of the app's own `first-screen` timing (process start to frame written), if any. */
  insideMs: number | undefined;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function insideFirstScreen(profile: string): number | undefined {
  if (!existsSync(profile)) return undefined;
  for (const line of readFileSync(profile, "utf8").split("\n")) {
    if (!line) continue;
    const event = JSON.parse(line) as { event: string; ms: number };
    if (event.event === "first-screen") return event.ms;
  }
  return undefined;
}

/**
 * Launches `tool` on `article` `runs` times in `server` and takes the median of each figure. Each
 * run waits for the first screen, lets the program settle, pages to the end and back (so every
 * program has read and laid out the whole article), reads the peak memory and quits.
 */
export async function firstScreenRuns(
  server: TmuxBenchServer,
  tool: ReaderTool,
  article: ReaderArticle,
  options: { runs: number; words: string; dir: string },
): Promise<FirstScreenResult> {
  const times: number[] = [];
  const memory: number[] = [];
  const inside: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const profile = join(options.dir, `${article.name}-${run}-${Date.now()}.jsonl`);
    const launch = await server.launch(tool.command(article), options.words, {
      env: { BROADSHEET_PROFILE_FILE: profile },
    });
    times.push(launch.firstScreenMs);
    await pause(SETTLE_MS);
    for (const keys of [tool.endKeys, tool.homeKeys]) {
      if (keys.length === 0) continue;
      await server.press(...keys);
      await pause(SETTLE_MS);
    }
    memory.push(peakRssMb(launch.pid));
    await server.press(...tool.quitKeys);
    await server.waitForExit();
    const ms = insideFirstScreen(profile);
    if (ms !== undefined) inside.push(ms);
  }
  return {
    firstScreenMs: median(times),
    peakRssMb: median(memory),
    insideMs: inside.length > 0 ? median(inside) : undefined,
  };
}
