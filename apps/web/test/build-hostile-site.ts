import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { postExport } from "@/scripts/postexport.mjs";

const APP = path.resolve(import.meta.dirname, "..");

/** Exports the site built from test/hostile-content into `.hostile-out/` and returns its path. */
export async function buildHostileSite(): Promise<string> {
  const out = path.join(APP, ".hostile-out");
  await rm(out, { recursive: true, force: true });
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    BROADSHEET_CONTENT: "test/hostile-content",
    BROADSHEET_OUT_DIR: ".hostile-out",
  };
  const steps: [string, string[]][] = [
    ["tsx", ["scripts/write-feed-html.tsx"]],
    ["next", ["build"]],
  ];
  for (const [command, args] of steps) {
    const bin = path.join(APP, "node_modules", ".bin", command);
    const result = spawnSync(bin, args, { cwd: APP, encoding: "utf8", env });
    if (result.status !== 0) {
      throw new Error(
        `${command} ${args.join(" ")} for the hostile site failed:\n${result.stdout}\n${result.stderr}`,
      );
    }
  }
  await postExport(out);
  return out;
}
