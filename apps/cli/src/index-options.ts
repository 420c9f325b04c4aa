import { statSync } from "node:fs";
import type { IndexOptions } from "@broadsheet/content";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

/** The running bundle's file, or undefined when the command runs from its sources. */
function bundleFile(): string | undefined {
  return typeof __filename === "string" && VERSION !== "0.0.0-dev" ? __filename : undefined;
}

/**
 * How the commands open a content folder's index. The code version is the bundle's version,
 * size and time, so every build of the CLI rebuilds the index it finds. Run from the sources
 * (tests), where no build names the code, the index is kept only in `BROADSHEET_CACHE_DIR`
 * when that is set, and in memory otherwise, so a changed parser never meets an index it did
 * not write.
 */
export function indexOptions(io: Io): IndexOptions {
  const bundle = bundleFile();
  if (bundle) {
    const info = statSync(bundle, { throwIfNoEntry: false });
    return {
      env: io.env,
      codeVersion: `${VERSION}+${info?.size ?? 0}-${info?.mtimeMs ?? 0}`,
    };
  }
  if (io.env.BROADSHEET_CACHE_DIR) return { env: io.env, codeVersion: `${VERSION}+sources` };
  return { env: io.env, indexFile: false };
}
