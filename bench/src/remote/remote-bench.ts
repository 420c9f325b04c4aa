import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeDocument, parseFeed } from "@broadsheet/feeds";
import { measure } from "../measure.js";
import { formatNumber } from "../print-table.js";
import { FIRST_SCREEN_WORDS } from "../reader/reader-articles.js";
import { BIN } from "../reader/reader-bench.js";
import { hasTmux } from "../reader/tmux-bench-server.js";
import { feedFirstFrameTiming } from "./feed-first-frame-timing.js";
import { headlessCommands } from "./headless-commands.js";
import { NEWEST_HEADLINE } from "./hundred-item-feed.js";
import { countedStatuses, serveLoopback } from "./loopback-server.js";
import {
  type FeedParse,
  printFirstScreens,
  printHeadless,
  printVerdicts,
} from "./remote-report.js";
import type { RemoteSetup } from "./remote-setup.js";
import { buildRemoteSite, keptRemoteSite, type RemoteSite } from "./remote-site.js";
import { remoteRows } from "./remote-tools.js";
import { firstScreenRounds, headlessRounds, type ScreenRow } from "./rounds.js";
import { freshXdg, type XdgEnv } from "./xdg-dirs.js";

/** The terminal the first screens are drawn in, as in the reader benchmark. */
export const SIZE = { columns: 100, rows: 30 };

/** Runs of the feed's first frame in one process (the first one cold). */
const FRAME_RUNS = 200;

function runsFromEnv(): number {
  const runs = Number(process.env.BENCH_REMOTE_RUNS ?? "7");
  return Number.isInteger(runs) && runs > 0 ? runs : 7;
}

/** Reads each address once with `warm`'s folders, so that its cache holds them. */
function warmUp(bin: string, warm: XdgEnv, urls: string[]): void {
  for (const url of urls) {
    const result = spawnSync(process.execPath, [bin, "read", url], {
      env: { ...process.env, ...warm },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (result.status !== 0) {
      throw new Error(`broadsheet read ${url} failed (${result.status}): ${result.stderr.trim()}`);
    }
  }
}

async function feedParse(url: string): Promise<FeedParse> {
  const response = await fetch(url);
  const bytes = Buffer.from(await response.arrayBuffer());
  const items = parseFeed(decodeDocument(bytes).text, { url }).items.length;
  const [result] = await measure(
    [
      {
        name: "decode + parseFeed",
        bytes: bytes.length,
        run: () => parseFeed(decodeDocument(bytes).text, { url }),
      },
    ],
    1000,
  );
  if (!result) throw new Error("the feed's parse was not measured");
  return { items, bytes: bytes.length, ms: result.msPerRun };
}

function siteFor(): Promise<RemoteSite> | RemoteSite {
  const kept = process.env.BENCH_REMOTE_SITE;
  return kept ? keptRemoteSite(kept) : buildRemoteSite();
}

/**
 * Reading the web beside reading a file: the sample content built as a Broadsheet site for a
 * port of 127.0.0.1 and served there by the web app's own server, then the sample article read
 * from its content file and from its page (through the Markdown alternate), with an empty cache
 * and a warm one, in tmux (time to the first screen) and piped (time to exit), beside w3m; a
 * generated 100-item feed on the same site parsed, listed by `broadsheet read`, and reloaded by
 * newsboat. Needs a built `apps/cli/dist/broadsheet.js`; programs that are not installed (tmux,
 * w3m, newsboat) give a row that says so. `BENCH_REMOTE_KEEP=1` keeps the built site and
 * `BENCH_REMOTE_SITE=<its folder>` serves it again instead of building.
 */
export async function remoteBench(): Promise<void> {
  if (!existsSync(BIN)) {
    throw new Error(
      `${BIN} is missing: build it first (pnpm build, or cd apps/cli && npm run build); the remote benchmark times the built command and builds nothing itself`,
    );
  }
  const runs = runsFromEnv();
  console.log("\nReading the web: building the sample content as a site on 127.0.0.1");
  const site = await siteFor();
  const built = `built for ${site.origin} in ${formatNumber(site.buildMs / 1000)} s`;
  console.log(`  ${process.env.BENCH_REMOTE_SITE ? `kept from an earlier run, ${built}` : built}`);
  const scratch = mkdtempSync(join(tmpdir(), "broadsheet-bench-remote-"));
  const server = await serveLoopback(site.root, site.port);
  try {
    const setup: RemoteSetup = {
      bin: BIN,
      contentFile: site.contentFile,
      articleUrl: site.articleUrl,
      feedUrl: site.feedUrl,
      warm: freshXdg(scratch),
      scratch,
    };
    warmUp(BIN, setup.warm, [setup.articleUrl, setup.feedUrl]);
    console.log(`  warm cache filled (${countedStatuses(await server.takeStatuses())})`);
    const parse = await feedParse(setup.feedUrl);
    const frame = feedFirstFrameTiming(setup.feedUrl, FRAME_RUNS, SIZE);
    await server.takeStatuses();
    const commands = headlessCommands(setup);
    const headless = await headlessRounds([...commands.article, ...commands.feed], server, runs);
    const screens: ScreenRow[] = hasTmux()
      ? await firstScreenRounds(
          remoteRows(setup, { article: FIRST_SCREEN_WORDS, feed: NEWEST_HEADLINE }),
          server,
          { runs, scratch, size: SIZE },
        )
      : [
          {
            name: "every first-screen row",
            target: "",
            samples: [],
            failure: "skipped: tmux is not installed (apt-get install tmux)",
            requests: "",
          },
        ];
    printFirstScreens(screens, runs, SIZE);
    printHeadless(headless, runs);
    printVerdicts(screens, parse, frame);
  } finally {
    await server.close();
    if (process.env.BENCH_REMOTE_KEEP === "1") {
      console.log(`(the site is kept: BENCH_REMOTE_SITE=${site.root} serves it again)`);
    } else {
      site.remove();
    }
    rmSync(scratch, { recursive: true, force: true });
  }
}
