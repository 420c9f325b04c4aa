import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { percentile } from "../reader/statistics.js";
import { peakRssMb, shellQuote, TmuxBenchServer } from "../reader/tmux-bench-server.js";

/** What the reader's library measured on one archive. */
export interface LibraryFigures {
  /** Median, over the launches, from exec to the library's first screen on the terminal. */
  firstScreenMs: number;
  keys: number;
  p50: number;
  p99: number;
  max: number;
  /** The slowest keys, as `key ms`. */
  slowest: string[];
  /** Peak resident memory of the reader after the whole session. */
  peakRssMb: number;
}

const LAUNCHES = 5;
/** What the library's first screen shows once its list is drawn. */
const FIRST_SCREEN_WORDS = "Type to filter";

/**
 * A session in the library as tmux key names: a filter typed letter by letter and erased, the
 * choice moved and paged, a full-text search typed letter by letter, its hits walked, and back.
 */
const KEY_SCRIPT: readonly string[] = [
  ..."kursk",
  ...Array.from({ length: 5 }, () => "BSpace"),
  ...Array.from({ length: 10 }, () => "Down"),
  ...Array.from({ length: 3 }, () => "PageDown"),
  "End",
  "Home",
  "/",
  ..."offensive",
  ...Array.from({ length: 3 }, () => "Down"),
  "Escape",
  ..."harbour",
  "Escape",
];

interface KeyEvent {
  event: string;
  key?: string;
  ms?: number;
}

function events(profile: string): KeyEvent[] {
  if (!existsSync(profile)) return [];
  return readFileSync(profile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as KeyEvent);
}

function keypresses(profile: string): { key: string; ms: number }[] {
  return events(profile)
    .filter((event) => event.event === "keypress")
    .map((event) => ({ key: event.key ?? "", ms: event.ms ?? Number.NaN }));
}

async function untilKeypresses(profile: string, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (keypresses(profile).length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Runs `broadsheet read` on an archive in a private tmux server (120×40): {@link LAUNCHES}
 * launches timed from exec to the library's first screen, then one session of
 * {@link KEY_SCRIPT} whose keypresses the reader's own profiler times (input event to frame
 * written), and the session's peak memory. The archive's index must already be built.
 */
export async function librarySession(
  bin: string,
  env: Record<string, string>,
  workDir: string,
): Promise<LibraryFigures> {
  const server = await TmuxBenchServer.start("archive", workDir, { columns: 120, rows: 40 });
  try {
    const command = `${shellQuote(process.execPath)} ${shellQuote(bin)} read`;
    const times: number[] = [];
    for (let run = 0; run < LAUNCHES; run++) {
      const launch = await server.launch(command, FIRST_SCREEN_WORDS, { env, timeoutMs: 600_000 });
      times.push(launch.firstScreenMs);
      await server.press("q");
      await server.waitForExit();
    }
    const profile = join(workDir, `library-keys-${Date.now()}.jsonl`);
    const launch = await server.launch(command, FIRST_SCREEN_WORDS, {
      env: { ...env, BROADSHEET_PROFILE_FILE: profile },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const [index, key] of KEY_SCRIPT.entries()) {
      await server.press(key);
      await untilKeypresses(profile, index + 1, 2_000);
    }
    let peak = Number.NaN;
    try {
      peak = peakRssMb(launch.pid);
    } catch (error) {
      throw new Error(
        `the reader exited during the key script (${String(error)}); its profile: ${profile}`,
      );
    }
    await server.press("Escape");
    await server.waitForExit();
    const pressed = keypresses(profile);
    const ms = pressed.map((event) => event.ms);
    times.sort((a, b) => a - b);
    return {
      firstScreenMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
      keys: pressed.length,
      p50: percentile(ms, 0.5),
      p99: percentile(ms, 0.99),
      max: Math.max(...ms),
      slowest: [...pressed]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((event) => `${event.key} ${event.ms.toFixed(1)}`),
      peakRssMb: peak,
    };
  } finally {
    await server.kill();
  }
}
