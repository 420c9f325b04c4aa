import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeDocument, parseFeed } from "@broadsheet/feeds";
import { measure } from "../measure.js";
import { formatNumber } from "../print-table.js";
import { type FirstScreenResult, firstScreenRuns } from "../reader/first-screen-runs.js";
import { FIRST_SCREEN_WORDS } from "../reader/reader-articles.js";
import { BIN } from "../reader/reader-bench.js";
import { hasTmux, TmuxBenchServer } from "../reader/tmux-bench-server.js";
import { headlessCommands } from "./headless-commands.js";
import { type HeadlessResult, headlessRuns } from "./headless-runs.js";
import { NEWEST_HEADLINE } from "./hundred-item-feed.js";
import { type LoopbackServer, serveLoopback } from "./loopback-server.js";
import {
  type FeedParse,
  printFirstScreens,
  printHeadless,
  printVerdicts,
  type ScreenRow,
} from "./remote-report.js";
import type { RemoteSetup } from "./remote-setup.js";
import { buildRemoteSite, keptRemoteSite, type RemoteSite } from "./remote-site.js";
import { remoteRows } from "./remote-tools.js";
import { freshXdg, type XdgEnv } from "./xdg-dirs.js";

/** The terminal the first screens are drawn in, as in the reader benchmark. */
export const SIZE = { columns: 100, rows: 30 };

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

async function headless(
  commands: ReturnType<typeof headlessCommands>["article"],
  server: LoopbackServer,
  runs: number,
): Promise<{ name: string; result: HeadlessResult; requests: string }[]> {
  const rows = [];
  for (const command of commands) {
    if (!command.missing) command.warmUp?.();
    await server.takeStatuses();
    const result = headlessRuns(command, runs);
    rows.push({ name: command.name, result, requests: await server.takeStatuses() });
    const shown = "ms" in result ? `${formatNumber(result.ms)} ms` : result.failed;
    console.log(`  ${command.name}: ${shown}`);
  }
  return rows;
}

/** The reason of a failed launch without the command line it quotes (long XDG paths). */
function shortFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split("\n")[0] ?? "";
  return /"[^"]*" did not show in \d+ ms/.exec(first)?.[0] ?? first.slice(0, 160);
}

async function firstScreens(
  setup: RemoteSetup,
  server: LoopbackServer,
  runs: number,
): Promise<ScreenRow[]> {
  const rows: ScreenRow[] = [];
  const words = { article: FIRST_SCREEN_WORDS, feed: NEWEST_HEADLINE };
  for (const [index, { tool, target }] of remoteRows(setup, words).entries()) {
    if (tool.missing) {
      rows.push({ name: tool.name, target: target.name, result: `skipped: ${tool.missing}` });
      continue;
    }
    const dir = mkdtempSync(join(setup.scratch, "tmux-"));
    const tmux = await TmuxBenchServer.start(`remote-${index}`, dir, SIZE);
    let result: FirstScreenResult | string;
    try {
      result = await firstScreenRuns(tmux, tool, target, { runs, words: target.words, dir });
    } catch (error) {
      result = `failed: ${shortFailure(error)}`;
      console.log(`  ${tool.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await tmux.kill();
    }
    const requests = await server.takeStatuses();
    rows.push({ name: tool.name, target: target.name, result, requests });
    const shown = typeof result === "string" ? result : `${formatNumber(result.firstScreenMs)} ms`;
    console.log(`  ${tool.name}: ${shown}`);
  }
  return rows;
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
 * w3m, newsboat) give a row that says so.
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
  console.log(`  built for ${site.origin} in ${formatNumber(site.buildMs / 1000)} s`);
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
    console.log(`  warm cache filled (${await server.takeStatuses()})`);
    const parse = await feedParse(setup.feedUrl);
    await server.takeStatuses();
    const commands = headlessCommands(setup);
    const article = await headless(commands.article, server, runs);
    const feed = await headless(commands.feed, server, runs);
    const screens = hasTmux()
      ? await firstScreens(setup, server, runs)
      : [
          {
            name: "every first-screen row",
            target: "",
            result: "skipped: tmux is not installed (apt-get install tmux)",
          },
        ];
    printFirstScreens(screens, runs, SIZE);
    printHeadless(article, feed, runs);
    printVerdicts(screens, parse);
  } finally {
    await server.close();
    site.remove();
    rmSync(scratch, { recursive: true, force: true });
  }
}
