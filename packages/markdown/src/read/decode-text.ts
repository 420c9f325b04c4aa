import entities from "./html-entities.json" with { type: "json" };

const NAMED: Readonly<Record<string, string>> = entities;

const REFERENCE =
  /\\([!-/:-@[-`{-~])|&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}

/**
 * Resolves Markdown source text the way CommonMark does: backslash escapes of ASCII punctuation
 * are removed and HTML character references (`&amp;`, `&#8212;`, `&#x2014;`) are decoded, in one
 * pass, so `\&amp;` stays `&amp;`.
 */
export function decodeText(raw: string): string {
  return raw.replace(
    REFERENCE,
    (
      match: string,
      escaped: string | undefined,
      decimal: string | undefined,
      hex: string | undefined,
      name: string | undefined,
    ) => {
      if (escaped !== undefined) return escaped;
      if (name !== undefined) return Object.hasOwn(NAMED, name) ? (NAMED[name] ?? match) : match;
      if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
      return fromCodePoint(Number.parseInt(hex ?? "0", 16));
    },
  );
}
