import entities from "./html-entities.json" with { type: "json" };

const NAMED: Readonly<Record<string, string>> = entities;

const REFERENCE =
  /\\([!-/:-@[-`{-~])|&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Resolves Markdown source text the way CommonMark does: backslash escapes of ASCII punctuation
 * are removed and HTML character references (`&amp;`, `&#8212;`, `&#x2014;`) are decoded, in one
 * pass, so `\&amp;` stays `&amp;`.
 */
export function decodeText(raw: string): string {
  return raw.replace(
    REFERENCE,
    (match, escaped?: string, decimal?: string, hex?: string, name?: string) => {
      if (escaped !== undefined) return escaped;
      if (name !== undefined) return Object.hasOwn(NAMED, name) ? (NAMED[name] ?? match) : match;
      const code = decimal === undefined ? Number.parseInt(hex ?? "", 16) : Number(decimal);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : "\uFFFD";
    },
  );
}
