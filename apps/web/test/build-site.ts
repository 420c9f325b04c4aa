import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { postExport } from "@/scripts/postexport.mjs";

const APP = path.resolve(import.meta.dirname, "..");

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
 * Builds the site as `pnpm build` does (feed HTML, `next build`, the export step) into `out`,
 * returning what the export step reports.
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
    const bin = path.join(APP, "node_modules", ".bin", command);
    const result = spawnSync(bin, args, { cwd: APP, encoding: "utf8", env });
    if (result.status !== 0) {
      throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  return postExport(out, cache);
}
