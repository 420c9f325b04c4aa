import { join } from "node:path";
import { describeExisting, describeWriteError } from "../describe-write-error.js";
import { writeIfChanged } from "../write-if-changed.js";

/** An imported article's file: written or already holding this text, or why it was left alone. */
export type WrittenImport =
  | { ok: true; line: string }
  | { ok: false; message: string; code: string | undefined };

/**
 * Writes an imported article's Markdown atomically as `<slug>.md` in `dir`: a file already
 * holding this text is left alone ("unchanged"), anything else there is replaced only with
 * `force`, and a folder never. Returns the line to print, or what is in the way and what to do
 * (with the file system's error code when the write itself failed).
 */
export async function writeImported(
  dir: string,
  slug: string,
  markdown: string,
  force: boolean,
): Promise<WrittenImport> {
  const target = join(dir, `${slug}.md`);
  try {
    const result = await writeIfChanged(target, markdown, { force });
    if (result.outcome === "skipped") {
      return { ok: false, message: describeExisting(target, result.existing), code: undefined };
    }
    return {
      ok: true,
      line:
        result.outcome === "written"
          ? `wrote ${target}`
          : `unchanged ${target} (it holds this text already)`,
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return { ok: false, message: describeWriteError(target, error), code };
  }
}
