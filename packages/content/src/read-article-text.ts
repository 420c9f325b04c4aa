import type { FileHandle } from "node:fs/promises";
import type { ContentError } from "./content-error.js";
import { decodeUtf8 } from "./decode-utf8.js";
import { describeFsError } from "./describe-fs-error.js";
import { MAX_ARTICLE_BYTES } from "./limits.js";
import { openArticleFile, tooLarge } from "./open-article-file.js";

const CHUNK_BYTES = 64 * 1024;

/** The text of a file, or the one reason it cannot be an article's source. */
export type TextResult = { ok: true; text: string } | { ok: false; error: ContentError };

function binary(file: string, bytes: Uint8Array): TextResult {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return {
    ok: false,
    error: {
      file,
      code: "binary",
      message: utf16
        ? "is UTF-16 text; save it as UTF-8"
        : "is a binary file (it contains NUL bytes), not text; articles are UTF-8 text files",
    },
  };
}

/** Reads to the end, or to one byte past the limit when the file grew since it was checked. */
async function readAll(handle: FileHandle, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.max(CHUNK_BYTES, Math.min(size, MAX_ARTICLE_BYTES) + 1);
  while (total <= MAX_ARTICLE_BYTES) {
    const chunk = Buffer.allocUnsafe(want);
    want = CHUNK_BYTES;
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a file as article source text. Each way a file can fail is one {@link ContentError}:
 * missing, a folder or device, a symbolic link that leaves the file's folder or leads nowhere
 * ({@link openArticleFile}), unreadable, over {@link MAX_ARTICLE_BYTES} (never read past it),
 * binary (NUL bytes), or not UTF-8 (with the line of the first bad byte). Never throws.
 */
export async function readArticleText(file: string): Promise<TextResult> {
  const opened = await openArticleFile(file);
  if (!opened.ok) return opened;
  let bytes: Buffer;
  try {
    bytes = await readAll(opened.handle, opened.size);
  } catch (error) {
    return { ok: false, error: describeFsError(file, error) };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, error: tooLarge(file, bytes.length) };
  if (bytes.includes(0)) return binary(file, bytes);
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  const hex = decoded.byte.toString(16).toUpperCase().padStart(2, "0");
  return {
    ok: false,
    error: {
      file,
      line: decoded.line,
      code: "encoding",
      message: `is not valid UTF-8 (byte 0x${hex} at offset ${decoded.offset}); save the file as UTF-8`,
    },
  };
}
