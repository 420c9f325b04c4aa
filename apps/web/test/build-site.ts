import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { postExport } from "@/scripts/postexport.mjs";

const APP = path.resolve(import.meta.dirname, "..");

/**
 * What `next build` prints when another build of the app is running. Next builds an export in
 * the app's `.next` whatever the export folder, and a second build exits at once on its lock.
 */
const BUILD_LOCKED = "Another next build process is already running";
/** How long a build waits for another build of the app (a test, a benchmark) to finish. */
const LOCK_WAIT_MS = 15 * 60_000;
const LOCK_POLL_MS = 2_000;

/** Where a test build reads and writes: the content folder, the export and the build cache. */
export interface SiteBuild {
  /** A content folder, absolute. */
  content: string;
  /** The export folder, absolute and inside the app (Next refuses a folder outside it). */
  out: string;
  /** The build cache folder, absolute. */
  cache: string;
  /** The origin the site is published at (`BROADSHEET_SITE_URL`); the site's default when absent. */
  origin?: string;
}

/**
 * Runs one step of the build in the app folder; a step that found another build of the app
 * running is run again once that one has finished, for up to {@link LOCK_WAIT_MS}.
 */
async function runStep(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<SpawnSyncReturns<string>> {
  const bin = path.join(APP, "node_modules", ".bin", command);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const result = spawnSync(bin, args, { cwd: APP, encoding: "utf8", env });
    const locked = result.status !== 0 && `${result.stdout}${result.stderr}`.includes(BUILD_LOCKED);
    if (!locked || Date.now() > deadline) return result;
    await sleep(LOCK_POLL_MS);
  }
}

/**
 * Builds the site as `pnpm build` does (feed HTML, `next build`, the export step) into `out`,
 * returning what the export step reports. Builds of the app at the same time take turns.
 */
export async function buildSite({
  content,
  out,
  cache,
  origin,
}: SiteBuild): ReturnType<typeof postExport> {
  await rm(out, { recursive: true, force: true });
  const env = {
    ...process.env,
    ...(origin === undefined ? {} : { BROADSHEET_SITE_URL: origin }),
    NEXT_TELEMETRY_DISABLED: "1",
    BROADSHEET_CONTENT: content,
    BROADSHEET_OUT_DIR: path.relative(APP, out),
    BROADSHEET_WEB_CACHE: cache,
  };
  const steps: [string, string[]][] = [
    ["tsx", ["scripts/write-feed-html.tsx"]],
    ["next", ["build"]],
  ];
  for (const [command, args] of steps) {
    const result = await runStep(command, args, env);
    if (result.status !== 0) {
      throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  return postExport(out, cache);
}
