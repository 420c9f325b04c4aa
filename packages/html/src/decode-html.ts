const SNIFF_BYTES = 1024;
const META_CHARSET = /<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i;

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

/**
 * What Windows-1252 puts at 0x80-0x9F, where Node 20's decoder leaves the C1 controls of
 * ISO-8859-1 (the web's "latin1" is Windows-1252); U+FFFD where it has nothing.
 */
const WINDOWS_1252_HIGH = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";
const C1 = /[\u0080-\u009F]/g;

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? "utf-8");
  } catch {
    return new TextDecoder("utf-8");
  }
}

function decode(bytes: Uint8Array, label: string | undefined): string {
  const decoder = decoderFor(label);
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? "\uFFFD");
}

/**
 * The text of an HTML file's bytes, in the encoding a browser would choose: a byte-order mark,
 * else `charset` (or `<meta charset>` in the first 1024 bytes, as HTML's prescan finds it), else
 * UTF-8. Bytes the encoding does not map become U+FFFD.
 */
export function decodeHtml(bytes: Uint8Array, charset?: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, SNIFF_BYTES));
  return decode(bytes, charset ?? META_CHARSET.exec(head)?.[1]);
}
