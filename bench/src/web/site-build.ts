import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { WEB_APP } from "./paths.js";

const TIME = "/usr/bin/time";

/** What one step of the build cost: wall clock and CPU time (user + system, all processes). */
export interface StepCost {
  wallMs: number;
  /** NaN where GNU time is not installed. */
  cpuMs: number;
}

/** What building the site cost, in total and per step (feed HTML, next build, post-export). */
export interface BuildCost extends StepCost {
  out: string;
  steps: { feedHtml: StepCost; nextBuild: StepCost; postExport: StepCost };
}

/** Runs a command (in apps/web by default) under GNU time where installed; returns wall and CPU ms. */
export function timed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string = WEB_APP,
): StepCost {
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-bench-time-"));
  const report = join(dir, "time.txt");
  const gnuTime = existsSync(TIME);
  const start = performance.now();
  const result = gnuTime
    ? spawnSync(TIME, ["-f", "%U %S", "-o", report, command, ...args], {
        cwd,
        env,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 256 << 20 });
  const wallMs = performance.now() - start;
  const [user = Number.NaN, system = Number.NaN] =
    gnuTime && existsSync(report)
      ? (readFileSync(report, "utf8").trim().split("\n").at(-1) ?? "").split(" ").map(Number)
      : [];
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { wallMs, cpuMs: (user + system) * 1000 };
}

/**
 * Builds the site as `pnpm build` in apps/web does (the feeds' HTML by
 * `scripts/write-feed-html.tsx`, `next build`, then `scripts/postexport.mjs`),
 * into `out` instead of `apps/web/out` (the app's `BROADSHEET_OUT_DIR`; Next requires it inside
 * the workspace). `content` is a content folder (`BROADSHEET_CONTENT`), the repository's
 * `content/` when omitted; `siteUrl` sets `BROADSHEET_SITE_URL`; `cache` is the app's build
 * cache folder (`BROADSHEET_WEB_CACHE`; its default `apps/web/.cache/web` when omitted). Next's
 * own build files still go to `apps/web/.next`, as with every build of the app.
 */
export function buildSite(options: {
  out: string;
  content?: string;
  siteUrl?: string;
  cache?: string;
}): BuildCost {
  rmSync(options.out, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    BROADSHEET_OUT_DIR: relative(WEB_APP, options.out),
    ...(options.content !== undefined && { BROADSHEET_CONTENT: options.content }),
    ...(options.siteUrl !== undefined && { BROADSHEET_SITE_URL: options.siteUrl }),
    ...(options.cache !== undefined && { BROADSHEET_WEB_CACHE: options.cache }),
  };
  const steps = {
    feedHtml: timed(
      join(WEB_APP, "node_modules", ".bin", "tsx"),
      ["scripts/write-feed-html.tsx"],
      env,
    ),
    nextBuild: timed(join(WEB_APP, "node_modules", ".bin", "next"), ["build"], env),
    postExport: timed(
      process.execPath,
      [join(WEB_APP, "scripts", "postexport.mjs"), options.out],
      env,
    ),
  };
  const all = Object.values(steps);
  return {
    out: options.out,
    steps,
    wallMs: all.reduce((sum, step) => sum + step.wallMs, 0),
    cpuMs: all.reduce((sum, step) => sum + step.cpuMs, 0),
  };
}
