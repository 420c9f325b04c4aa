/**
 * The WHATWG name of an encoding label (`latin1` -> `windows-1252`, `sjis` -> `shift_jis`), or
 * undefined for a label no decoder knows.
 */
export function encodingOfLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a Content-Type header value, as written. */
export function charsetOfContentType(contentType: string): string | undefined {
  for (const parameter of contentType.split(";").slice(1)) {
    const equals = parameter.indexOf("=");
    if (equals === -1) continue;
    if (parameter.slice(0, equals).trim().toLowerCase() !== "charset") continue;
    const value = parameter
      .slice(equals + 1)
      .trim()
      .replace(/^["']|["']$/g, "");
    if (value !== "") return value;
  }
  return undefined;
}

/** The encoding a byte order mark names, and the mark's length. */
export function encodingOfBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", length: 3 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  return undefined;
}

const PRESCAN_BYTES = 1024;
const XML_DECLARATION = /<\?xml\s[^>]*?encoding\s*=\s*["']([^"'\s>]{1,40})["']/i;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?([^"'\s;/>]{1,40})/i;

/**
 * The encoding label an XML declaration or an HTML `<meta charset>` gives in the document's
 * first kilobyte, read as ASCII.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  return XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
}
