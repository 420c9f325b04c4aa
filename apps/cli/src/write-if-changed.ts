import { readFile, stat } from "node:fs/promises";
import { writeFileAtomic } from "./write-file-atomic.js";

/** What happened to an output file. */
export type WriteOutcome =
  /** The file was created, or replaced with `force`. */
  | "written"
  /** The file already held exactly this text, so it was left alone (its mtime too). */
  | "unchanged"
  /** The file exists with other text, and `force` was not given. */
  | "skipped";

/** Whether `target` exists, and if so whether it holds exactly `bytes` (read only when the sizes match). */
async function compareExisting(
  target: string,
  bytes: Buffer,
): Promise<"absent" | "same" | "different"> {
  let size: number;
  try {
    const info = await stat(target);
    if (info.isDirectory())
      throw Object.assign(new Error(`${target} is a folder`), { code: "EISDIR" });
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "absent";
    throw error;
  }
  if (size !== bytes.length) return "different";
  return (await readFile(target)).equals(bytes) ? "same" : "different";
}

/**
 * Writes `text` to `target` atomically ({@link writeFileAtomic}) unless the file already holds
 * exactly that text. An existing file with other text is replaced only with `force`. Throws
 * Node's file system errors (EISDIR, EACCES, ENOSPC, …) for the caller to describe.
 */
export async function writeIfChanged(
  target: string,
  text: string,
  { force }: { force: boolean },
): Promise<WriteOutcome> {
  const existing = await compareExisting(target, Buffer.from(text, "utf8"));
  if (existing === "same") return "unchanged";
  if (existing === "different" && !force) return "skipped";
  try {
    await writeFileAtomic(target, text, { overwrite: existing === "different" });
  } catch (error) {
    // Another process created the file after it was read: leave theirs alone.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return "skipped";
    throw error;
  }
  return "written";
}
