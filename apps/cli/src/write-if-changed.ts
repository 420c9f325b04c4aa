import { type ExistingTarget, inspectTarget } from "./inspect-target.js";
import { writeFileAtomic } from "./write-file-atomic.js";

/** What happened to an output file. */
export type WriteResult =
  /** The file was created, or what was there replaced with `force`. */
  | { outcome: "written" }
  /** The file already held exactly this text, so it was left alone (its mtime too). */
  | { outcome: "unchanged" }
  /** Something else is there (a file with other text, a link, a FIFO), and `force` was not given. */
  | {
      outcome: "skipped";
      existing: Exclude<ExistingTarget, { kind: "absent" | "same" | "folder" }>;
    };

function folderError(target: string): Error {
  return Object.assign(new Error(`${target} is a folder`), { code: "EISDIR" });
}

/**
 * Writes `text` to `target` atomically ({@link writeFileAtomic}) unless a regular file there
 * already holds exactly that text: that is "unchanged", also when another process wrote the same
 * text a moment ago. Anything else there (a file with other text, a symbolic link, dangling or
 * not, a FIFO) is replaced only with `force`, and a link is replaced itself, never written
 * through, as git does. A folder is never replaced. With `absent`, the caller saw nothing at
 * `target` a moment ago (a listing of its folder), so the file is created without looking
 * first; should something be there by then, it is looked at as above. `syncNew` is
 * {@link writeFileAtomic}'s. Throws Node's file system errors (EISDIR for a folder, EACCES,
 * ENOSPC, …) for the caller to describe.
 */
export async function writeIfChanged(
  target: string,
  text: string,
  {
    force,
    absent = false,
    syncNew = true,
  }: { force: boolean; absent?: boolean; syncNew?: boolean },
): Promise<WriteResult> {
  const bytes = Buffer.from(text, "utf8");
  let existing: ExistingTarget = absent ? { kind: "absent" } : await inspectTarget(target, bytes);
  for (let attempt = 0; ; attempt++) {
    if (existing.kind === "same") return { outcome: "unchanged" };
    if (existing.kind === "folder") throw folderError(target);
    if (existing.kind !== "absent" && !force) return { outcome: "skipped", existing };
    try {
      await writeFileAtomic(target, bytes, { overwrite: existing.kind !== "absent", syncNew });
      return { outcome: "written" };
    } catch (error) {
      // Created by another process since it was inspected: look again at what it wrote.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
    }
    existing = await inspectTarget(target, bytes);
  }
}
