import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReaderArticle } from "./reader-articles.js";
import type { ReaderTool } from "./reader-tools.js";
import { percentile } from "./statistics.js";
import type { TmuxBenchServer } from "./tmux-bench-server.js";

const repeat = (key: string, times: number) => Array.from({ length: times }, () => key);

/**
 * A reading session as tmux key names: scrolling and paging most, then the jumps (end, top,
 * sections, contents), a search typed letter by letter with its next and previous matches,
 * the column width changed and the help opened and closed.
 */
export const KEY_SCRIPT: readonly string[] = [
  ...repeat("j", 30),
  ...repeat("k", 10),
  ...repeat("Space", 10),
  ...repeat("b", 5),
  ...repeat("d", 5),
  ...repeat("u", 5),
  "G",
  "g",
  "End",
  "Home",
  ...repeat("]", 5),
  ...repeat("[", 3),
  "t",
  "j",
  "j",
  "Enter",
  "/",
  ..."Syrsky",
  "Enter",
  ...repeat("n", 5),
  ...repeat("N", 3),
  "+",
  "-",
  "h",
  "h",
  "G",
  ...repeat("k", 5),
  "g",
];

/** The app's own keypress timings for one article. */
export interface KeypressResult {
  keys: number;
  p50: number;
  p99: number;
  max: number;
  /** The slowest keys, as `key ms`. */
  slowest: string[];
}

interface KeypressEvent {
  event: "keypress";
  key: string;
  ms: number;
}

function keypressEvents(profile: string): KeypressEvent[] {
  if (!existsSync(profile)) return [];
  return readFileSync(profile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { event: string })
    .filter((event): event is KeypressEvent => event.event === "keypress");
}

async function untilEvents(profile: string, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (keypressEvents(profile).length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Opens `article` in broadsheet with its profile file on and presses {@link KEY_SCRIPT} one key
 * at a time, each after the app has recorded the previous one (so no two keys share a frame),
 * then reads the app's keypress timings: input event to frame written.
 */
export async function keypressLatency(
  server: TmuxBenchServer,
  broadsheet: ReaderTool,
  article: ReaderArticle,
  options: { words: string; dir: string },
): Promise<KeypressResult> {
  const profile = join(options.dir, `${article.name}-keys-${Date.now()}.jsonl`);
  await server.launch(broadsheet.command(article), options.words, {
    env: { BROADSHEET_PROFILE_FILE: profile },
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const [index, key] of KEY_SCRIPT.entries()) {
    await server.press(key);
    await untilEvents(profile, index + 1, 2_500);
  }
  await server.press(...broadsheet.quitKeys);
  await server.waitForExit();
  const events = keypressEvents(profile).filter((event) => event.key !== "q");
  const times = events.map((event) => event.ms);
  return {
    keys: events.length,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    max: Math.max(...times),
    slowest: [...events]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((event) => `${event.key} ${event.ms.toFixed(1)}`),
  };
}
