import { readFile, stat } from "node:fs/promises";
import type { ContentError } from "./content-error.js";
import { decodeUtf8 } from "./decode-utf8.js";
import { describeFsError } from "./describe-fs-error.js";
import { formatBytes, MAX_ARTICLE_BYTES } from "./limits.js";

/** The text of a file, or the one reason it cannot be an article's source. */
export type TextResult = { ok: true; text: string } | { ok: false; error: ContentError };

function tooLarge(file: string, size: number): TextResult {
  return {
    ok: false,
    error: {
      file,
      code: "too-large",
      message: `is ${formatBytes(size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for an article; check it is the right file, or split it`,
    },
  };
}

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

/**
 * Reads a file as article source text. Each way a file can fail is one {@link ContentError}:
 * missing, a folder or device, unreadable, over {@link MAX_ARTICLE_BYTES}, binary (NUL bytes), or
 * not UTF-8 (with the line of the first bad byte). Never throws.
 */
export async function readArticleText(file: string): Promise<TextResult> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      return { ok: false, error: describeFsError(file, { code: "EISDIR" }) };
    }
    if (!info.isFile()) {
      return {
        ok: false,
        error: {
          file,
          code: "not-a-file",
          message: "is not a regular file (a pipe, socket or device); articles are plain files",
        },
      };
    }
    if (info.size > MAX_ARTICLE_BYTES) return tooLarge(file, info.size);
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, error: describeFsError(file, error) };
  }
  if (bytes.length > MAX_ARTICLE_BYTES) return tooLarge(file, bytes.length);
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
