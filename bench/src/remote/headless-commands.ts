import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HeadlessCommand } from "./headless-runs.js";
import type { RemoteSetup } from "./remote-setup.js";
import { freshXdg, type XdgEnv } from "./xdg-dirs.js";

function missing(binary: string, aptPackage: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${binary}`], { stdio: "ignore" }).status === 0;
  return found ? undefined : `${binary} is not installed (apt-get install ${aptPackage})`;
}

/**
 * newsboat's own folder: a urls file naming `feedUrl`, an empty config, HOME and the XDG
 * folders inside it, and the cache file (`cache.db`): emptied before each run when `cold`, else
 * filled by two reloads before the runs (newsboat keeps a feed's ETag from its second reload on;
 * the first leaves it empty, so the next reload is a 200 again).
 */
function newsboat(setup: RemoteSetup, cold: boolean): HeadlessCommand {
  const home = join(setup.scratch, `newsboat-${cold ? "cold" : "warm"}`);
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, "urls"), `${setup.feedUrl}\n`);
  writeFileSync(join(home, "config"), "");
  const cache = join(home, "cache.db");
  const env = () => ({
    HOME: home,
    XDG_CONFIG_HOME: join(home, "config.d"),
    XDG_DATA_HOME: join(home, "data.d"),
    XDG_CACHE_HOME: join(home, "cache.d"),
  });
  const argv = () => [
    "newsboat",
    "-u",
    join(home, "urls"),
    "-c",
    cache,
    "-C",
    join(home, "config"),
    "-x",
    "reload",
  ];
  const reloadTwice = () => {
    const [program = "", ...args] = argv();
    for (let reload = 0; reload < 2; reload++) {
      spawnSync(program, args, { env: { ...process.env, ...env() }, stdio: "ignore" });
    }
  };
  return {
    name: `newsboat -x reload, ${cold ? "cold (no cache.db)" : "warm (cache.db kept)"}`,
    missing: missing("newsboat", "newsboat"),
    argv,
    env,
    warmUp: cold ? undefined : reloadTwice,
    prepare: cold ? () => rmSync(cache, { force: true }) : undefined,
  };
}

function broadsheet(
  name: string,
  setup: RemoteSetup,
  what: string,
  xdg: () => XdgEnv,
): HeadlessCommand {
  return { name, argv: () => [process.execPath, setup.bin, "read", what], env: xdg };
}

/**
 * The headless rows, each run to exit with its output piped: `node -e 0`, `broadsheet read` of
 * the content file and of the page (plain text when stdout is not a terminal) cold and warm,
 * `w3m -dump` of the page; then the feed: `broadsheet read` of it (its items listed) cold and
 * warm beside `newsboat -x reload` with no cache file and with the one the run before left.
 */
export function headlessCommands(setup: RemoteSetup): {
  article: HeadlessCommand[];
  feed: HeadlessCommand[];
} {
  const w3mHome = join(setup.scratch, "w3m-home");
  mkdirSync(w3mHome, { recursive: true });
  const cold = () => freshXdg(setup.scratch);
  const warm = () => setup.warm;
  return {
    article: [
      { name: "node -e 0", argv: () => [process.execPath, "-e", "0"] },
      broadsheet("broadsheet read <content file> | cat", setup, setup.contentFile, cold),
      broadsheet("broadsheet read <page URL> | cat, cold", setup, setup.articleUrl, cold),
      broadsheet("broadsheet read <page URL> | cat, warm", setup, setup.articleUrl, warm),
      {
        name: "w3m -dump <page URL>",
        missing: missing("w3m", "w3m"),
        argv: () => ["w3m", "-dump", setup.articleUrl],
        env: () => ({ HOME: w3mHome }),
      },
    ],
    feed: [
      broadsheet("broadsheet read <feed URL> | cat, cold", setup, setup.feedUrl, cold),
      broadsheet("broadsheet read <feed URL> | cat, warm", setup, setup.feedUrl, warm),
      newsboat(setup, true),
      newsboat(setup, false),
    ],
  };
}
