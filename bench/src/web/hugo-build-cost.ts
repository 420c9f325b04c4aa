import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasHugo, hugoBuildArgs, writeHugoSite } from "../archive/hugo-site.js";
import { folderSize } from "./folder-size.js";
import { REPO_ROOT } from "./paths.js";
import { type BuildCost, timed } from "./site-build.js";

const CLI_BIN = join(REPO_ROOT, "apps", "cli", "dist", "broadsheet.js");

/**
 * Exports the content folder with `broadsheet export --profile hugo` into a minimal Hugo site
 * (not measured) and measures Hugo building it: the same archive on the static site generator
 * people would otherwise use. Undefined where Hugo is not installed.
 */
export function hugoBuildCost(
  content: string,
): { cost: BuildCost; bytes: number; files: number } | undefined {
  if (!hasHugo()) return undefined;
  const site = mkdtempSync(join(tmpdir(), "broadsheet-bench-hugo-"));
  try {
    const posts = writeHugoSite(site);
    const env = { ...process.env, BROADSHEET_CACHE_DIR: join(site, "index") };
    const exportArgs = [CLI_BIN, "export", content, "--profile", "hugo", "--out", posts];
    const exported = spawnSync(process.execPath, exportArgs, { env, encoding: "utf8" });
    if (exported.status !== 0) {
      throw new Error(`broadsheet export --profile hugo failed:\n${exported.stderr}`);
    }
    const build = timed("hugo", hugoBuildArgs(site), env, site);
    const none = { wallMs: Number.NaN, cpuMs: Number.NaN };
    const out = join(site, "public");
    const cost = { ...build, out, steps: { feedHtml: none, nextBuild: none, postExport: none } };
    return { cost, ...folderSize(out) };
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}
