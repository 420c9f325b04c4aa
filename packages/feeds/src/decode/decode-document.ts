import { FeedError } from "../feed-error.js";
import { DEFAULT_LIMITS, formatMegabytes } from "../limits.js";
import {
  charsetOfContentType,
  declaredCharset,
  encodingOfBom,
  encodingOfLabel,
} from "./charset-label.js";
import { decodeBytes } from "./decode-bytes.js";
import { sniffCharset } from "./sniff-charset.js";

/** Where {@link decodeDocument} took the encoding from. */
export type EncodingSource = "header" | "bom" | "declaration" | "sniff";

/** A document's text and how it was decoded. */
export interface DecodedDocument {
  text: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252`, `shift_jis`, …). */
  encoding: string;
  source: EncodingSource;
  /** A declared charset that was unknown or wrong, and undecodable bytes, one line each. */
  warnings: string[];
}

/** Options of {@link decodeDocument}. */
export interface DecodeOptions {
  /** Larger documents are refused (default 16 MiB). */
  maxBytes?: number;
}

const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|x-mac-cyrillic)$/;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function countReplacements(text: string): number {
  let count = 0;
  for (
    let index = text.indexOf("\ufffd");
    index !== -1;
    index = text.indexOf("\ufffd", index + 1)
  ) {
    count++;
  }
  return count;
}

interface Choice {
  encoding: string;
  source: EncodingSource;
  bomLength: number;
}

function declaredChoice(
  bytes: Uint8Array,
  contentType: string | undefined,
  warnings: string[],
): Choice | undefined {
  const headerLabel = contentType === undefined ? undefined : charsetOfContentType(contentType);
  if (headerLabel !== undefined) {
    const encoding = encodingOfLabel(headerLabel);
    if (encoding !== undefined) return { encoding, source: "header", bomLength: 0 };
    warnings.push(`the Content-Type charset "${headerLabel}" is not an encoding: ignored`);
  }
  const bom = encodingOfBom(bytes);
  if (bom !== undefined) return { encoding: bom.encoding, source: "bom", bomLength: bom.length };
  const declared = declaredCharset(bytes);
  if (declared === undefined) return undefined;
  const encoding = encodingOfLabel(declared);
  if (encoding === undefined) {
    warnings.push(`the document declares the encoding "${declared}", which is unknown: ignored`);
    return undefined;
  }
  return {
    encoding: encoding.startsWith("utf-16") ? "utf-8" : encoding,
    source: "declaration",
    bomLength: 0,
  };
}

/**
 * Checks a declared encoding against the bytes: UTF-8 declared over bytes that are not UTF-8 is
 * sniffed instead, and a single-byte encoding declared over valid multi-byte UTF-8 is read as
 * UTF-8, each with a warning.
 */
function checkedChoice(bytes: Uint8Array, choice: Choice, warnings: string[]): Choice {
  const body = bytes.subarray(choice.bomLength);
  if (choice.encoding === "utf-8" && choice.source !== "bom" && !isUtf8(body)) {
    const encoding = sniffCharset(body);
    warnings.push(
      `the ${choice.source} says utf-8, but the bytes are not UTF-8: read as ${encoding}`,
    );
    return { encoding, source: "sniff", bomLength: 0 };
  }
  if (SINGLE_BYTE.test(choice.encoding) && hasNonAscii(body) && isUtf8(body)) {
    warnings.push(
      `the ${choice.source} says ${choice.encoding}, but the bytes are UTF-8: read as utf-8`,
    );
    return { encoding: "utf-8", source: "sniff", bomLength: 0 };
  }
  return choice;
}

/**
 * Decodes a fetched document's bytes to text: the charset of the Content-Type header, else a
 * byte order mark, else the XML declaration or `<meta charset>`, else a guess from the bytes
 * (UTF-8 when they are valid UTF-8; else Shift_JIS, EUC-JP, EUC-KR, KOI8-R, Windows-1251 or
 * Windows-1252 by how the text reads). Labels are WHATWG's, so `iso-8859-1` is read as
 * Windows-1252 as browsers do.
 *
 * @param bytes - the document as received
 * @param contentType - the response's Content-Type header, if any
 * @throws FeedError when the document is over `maxBytes`
 */
export function decodeDocument(
  bytes: Uint8Array,
  contentType?: string,
  options: DecodeOptions = {},
): DecodedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (bytes.length > maxBytes) {
    throw new FeedError(
      `the document is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(maxBytes)} cap: not read (raise maxBytes if it is really a feed)`,
    );
  }
  const warnings: string[] = [];
  const declared = declaredChoice(bytes, contentType, warnings);
  const choice =
    declared === undefined
      ? isUtf8(bytes)
        ? { encoding: "utf-8", source: "sniff" as const, bomLength: 0 }
        : { encoding: sniffCharset(bytes), source: "sniff" as const, bomLength: 0 }
      : checkedChoice(bytes, declared, warnings);
  const text = decodeBytes(choice.encoding, bytes.subarray(choice.bomLength));
  const replaced = countReplacements(text);
  if (replaced > 0) {
    warnings.push(
      `${replaced} byte sequence(s) are not ${choice.encoding}: each is shown as \ufffd`,
    );
  }
  return { text, encoding: choice.encoding, source: choice.source, warnings };
}
