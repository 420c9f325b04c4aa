import { stat } from "node:fs/promises";
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-code.js";

/**
 * Checks that `dir`, given as `--out`, is an existing folder; throws a usage {@link CliError}
 * saying what to do otherwise. The folder is never created, so a mistyped path writes nothing.
 */
export async function checkOutFolder(dir: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch {
    throw new CliError(
      `${dir}: no such folder; create it first, or choose another --out`,
      ExitCode.usage,
    );
  }
  if (!isFolder)
    throw new CliError(`${dir}: is a file, not a folder; --out takes a folder`, ExitCode.usage);
}
