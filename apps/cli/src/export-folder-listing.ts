import { readdir } from "node:fs/promises";

/**
 * The names in the output folder as an export starts: an output whose name is not among them is
 * created without a look first (one call fewer per new file), and one that turns up there
 * meanwhile is still found, as the write looks again when the name is taken. Undefined when the
 * folder cannot be listed: then every output is looked at before it is written.
 */
export async function namesInFolder(dir: string): Promise<ReadonlySet<string> | undefined> {
  try {
    return new Set(await readdir(dir));
  } catch {
    return undefined;
  }
}
