import slugifyLibrary from "@sindresorhus/slugify";

/**
 * A URL slug from free text: compatibility forms unfolded (`km²` -> `km2`), diacritics folded
 * (`São Paulo` -> `sao-paulo`), other scripts transliterated. Empty when nothing Latin remains
 * (a headline wholly in CJK, say); callers choose their own fallback then.
 */
export function slugify(text: string): string {
  const folded = text
    .normalize("NFKD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC");
  return slugifyLibrary(folded, { decamelize: false });
}
