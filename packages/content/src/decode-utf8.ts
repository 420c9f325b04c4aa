const decoder = new TextDecoder("utf-8", { fatal: true });

/** The result of decoding: the text, or where the first byte that is not UTF-8 is. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; offset: number; byte: number; line: number };

function firstInvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
    else return i;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Decodes UTF-8 strictly (a byte order mark is dropped). When the bytes are not UTF-8, says
 * where: the offset, value and line of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidOffset(bytes));
    return { ok: false, offset, byte: bytes[offset] ?? 0, line: lineAt(bytes, offset) };
  }
}
