import { stat } from "node:fs/promises";
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import { resolveContentDir } from "./resolve-content-dir.js";

/**
 * The paths a command works on when given none: the content folder ({@link resolveContentDir}).
 * Throws a usage {@link CliError} saying what to do when that folder is missing or not a folder.
 */
export async function defaultContentPaths(io: Io, verb: string): Promise<string[]> {
  const { dir, fromEnv } = resolveContentDir(io.env);
  const kind = await stat(dir).then(
    (info) => (info.isDirectory() ? "folder" : "other"),
    () => "missing",
  );
  if (kind === "folder") return [dir];
  const what = kind === "missing" ? "no such folder" : "not a folder";
  throw new CliError(
    fromEnv
      ? `${dir}: ${what} (from BROADSHEET_CONTENT); fix the variable, or pass files or folders to ${verb}`
      : `${dir}: no content folder here; run broadsheet in the project folder, pass files or folders to ${verb}, or set BROADSHEET_CONTENT`,
    ExitCode.usage,
  );
}
