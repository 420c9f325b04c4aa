import { readFile } from "node:fs/promises";
import { formatContentError, readArticleText } from "@broadsheet/content";
import { CliError } from "../cli-error.js";
import { exitCodeFor } from "../exit-code.js";

/**
 * A file to import: its text when it is UTF-8; else its bytes, for an importer that reads other
 * encodings (an HTML page by its `<meta charset>`, a feed by its XML declaration), with the error
 * to report when the file turns out to be one that must be UTF-8 (wire copy).
 */
export type ImportSource = { text: string } | { bytes: Uint8Array; notUtf8: CliError };

/**
 * Reads a file to import with the content folder's checks (it exists, is a file, is under the
 * size limit, holds no NUL byte). Throws {@link CliError} for a file that cannot be read.
 */
export async function readImportSource(file: string): Promise<ImportSource> {
  const read = await readArticleText(file);
  if (read.ok) return { text: read.text };
  const error = new CliError(
    formatContentError(read.error),
    exitCodeFor([read.error], new Set([file])),
  );
  if (read.error.code !== "encoding") throw error;
  try {
    return { bytes: await readFile(file), notUtf8: error };
  } catch {
    // The file was read a moment ago; report it as it was found then.
    throw error;
  }
}
