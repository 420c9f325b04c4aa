/**
 * Removes only the typography a site adds: curly quotes and primes become straight, `--` and
 * `---` and en and em dashes become one dash, `...` an ellipsis, kramdown's `«`/`»` for `<<`/`>>`.
 */
export function normalizeTypography(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/---|--|[–—]/g, "—")
    .replace(/\.\.\.|…/g, "…")
    .replace(/«/g, "<<")
    .replace(/»/g, ">>");
}

const UNRESERVED_OR_RESERVED = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/;

/**
 * A URL as a browser sends it: characters a browser percent-encodes anyway (space, `{`, `|`,
 * `\`, non-ASCII, …) are encoded and escapes are upper-case, so `a b` and `a%20b` are equal.
 */
export function normalizeUrl(url: string): string {
  let out = "";
  for (let index = 0; index < url.length; ) {
    const char = String.fromCodePoint(url.codePointAt(index) as number);
    index += char.length;
    if (char === "%" && /^[0-9A-Fa-f]{2}$/.test(url.slice(index, index + 2))) {
      out += `%${url.slice(index, index + 2).toUpperCase()}`;
      index += 2;
    } else if (UNRESERVED_OR_RESERVED.test(char)) {
      out += char;
    } else {
      out += encodeURIComponent(char).toUpperCase();
    }
  }
  return out;
}

/** A link or image fact (`text → url`) with its text's typography and its URL normalised. */
export function normalizeFact(fact: string): string {
  const arrow = fact.lastIndexOf(" → ");
  if (arrow < 0) return normalizeTypography(fact);
  return `${normalizeTypography(fact.slice(0, arrow))} → ${normalizeUrl(fact.slice(arrow + 3))}`;
}
