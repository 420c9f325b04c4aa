/**
 * Removes only the typography a site adds: curly quotes and primes become straight, runs of
 * hyphens and dashes (`--`, `---`, `-–`) and en and em dashes become one dash, `...` an ellipsis, kramdown's `«`/`»` for `<<`/`>>`.
 */
export function normalizeTypography(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[-–—]{2,}|[–—]/g, "—")
    .replace(/\.\.\.|…/g, "…")
    .replace(/«/g, "<<")
    .replace(/»/g, ">>");
}

const KEPT_RAW = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/;
const STRUCTURAL = new Set(["/", "?", "#", "&", "=", "+", ";", "%"]);

/**
 * A URL as a server reads it: a percent-escape of a character that structures no URL (`%5B`,
 * `%60`, `%C3%A9`) and that character written raw are the same, so escapes are decoded unless
 * they stand for `/ ? # & = + ; %`, and every character a browser would encode is encoded.
 * `a b`, `a%20b`, `[a]` and `%5Ba%5D` compare equal; `a%2Fb` and `a/b` do not.
 */
export function normalizeUrl(url: string): string {
  let out = "";
  let index = 0;
  while (index < url.length) {
    const escapes = /^(?:%[0-9A-Fa-f]{2})+/.exec(url.slice(index))?.[0];
    if (escapes !== undefined) {
      out += decodeEscapes(escapes);
      index += escapes.length;
      continue;
    }
    const char = String.fromCodePoint(url.codePointAt(index) as number);
    index += char.length;
    out += encodeChar(char);
  }
  return out;
}

function encodeChar(char: string): string {
  return KEPT_RAW.test(char) ? char : encodeURIComponent(char).toUpperCase();
}

/** A run of escapes, decoded where that changes nothing, the rest upper-cased. */
function decodeEscapes(escapes: string): string {
  const bytes =
    escapes.match(/%[0-9A-Fa-f]{2}/g)?.map((code) => Number.parseInt(code.slice(1), 16)) ?? [];
  let out = "";
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      const char = String.fromCharCode(byte);
      out +=
        STRUCTURAL.has(char) || byte <= 0x20 || byte === 0x7f ? `%${hex(byte)}` : encodeChar(char);
      index++;
      continue;
    }
    let end = index;
    while (end < bytes.length && (bytes[end] as number) >= 0x80) end++;
    const run = bytes.slice(index, end);
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(run));
      for (const char of text) out += encodeChar(char);
    } catch {
      out += run.map((value) => `%${hex(value)}`).join("");
    }
    index = end;
  }
  return out;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}

/** A link or image fact (`text → url`) with its text's typography and its URL normalised. */
export function normalizeFact(fact: string): string {
  const arrow = fact.lastIndexOf(" → ");
  if (arrow < 0) return normalizeTypography(fact);
  return `${normalizeTypography(fact.slice(0, arrow))} → ${normalizeUrl(fact.slice(arrow + 3))}`;
}
