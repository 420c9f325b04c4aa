import { readFile, stat } from "node:fs/promises";
import { formatContentError, readArticleText } from "@broadsheet/content";
import { CliError } from "../cli-error.js";
import { exitCodeFor } from "../exit-code.js";

/**
 * A file to import: its text when it is UTF-8 and of an article's size; else its bytes, for an
 * importer that reads more (a page in its declared encoding, a feed in its declared encoding or
 * of up to the feed reader's 16 MiB), with why the file cannot be read as text: the error to
 * report when it turns out to be another kind of file.
 */
export type ImportSource =
  | { text: string }
  | { bytes: Uint8Array; refusal: CliError; why: "encoding" | "too-large" };

async function bytesOf(file: string, refusal: CliError): Promise<Uint8Array> {
  const { DEFAULT_LIMITS } = await import("@broadsheet/feeds");
  try {
    if ((await stat(file)).size > DEFAULT_LIMITS.maxBytes) throw refusal;
    return await readFile(file);
  } catch {
    // The file was read (or measured) a moment ago; report it as it was found then.
    throw refusal;
  }
}

/**
 * Reads a file to import with the content folder's checks (it exists, is a regular file inside
 * its folder, holds no NUL byte). A file that is not UTF-8, or is over an article's 5 MB but
 * within a feed's 16 MiB, is returned as bytes. Throws {@link CliError} for a file that cannot
 * be read.
 */
export async function readImportSource(file: string): Promise<ImportSource> {
  const read = await readArticleText(file);
  if (read.ok) return { text: read.text };
  const refusal = new CliError(
    formatContentError(read.error),
    exitCodeFor([read.error], new Set([file])),
  );
  if (read.error.code === "encoding" || read.error.code === "too-large") {
    return { bytes: await bytesOf(file, refusal), refusal, why: read.error.code };
  }
  throw refusal;
}
