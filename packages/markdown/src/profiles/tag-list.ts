import { slugify } from "@broadsheet/article";

/** ASCII letters and digits with the punctuation slugify turns into separators unchanged. */
const PLAIN_LATIN = /^[A-Za-z0-9 .,/'\u2019-]*$/;

/** A combining diacritic right after an ASCII letter, as the canonical decomposition writes it. */
const LETTER_DIACRITICS = /([A-Za-z])[\u0300-\u036f]+/g;

/** Whether any character is outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** A word-final `'s` or `'t`, whose apostrophe slugify drops. */
const CONTRACTION = /([a-z\d])['\u2019]([ts])(?![a-z\d])/g;

const SEPARATORS = /[^a-z\d]+/g;

const joined = (text: string) =>
  text.toLowerCase().replace(CONTRACTION, "$1$2").replace(SEPARATORS, "-").replace(/^-|-$/g, "");

/**
 * The slug `slugify` gives text of ASCII letters and digits, spaces, `.,/-`, straight or curly
 * apostrophes, and letters that decompose to an ASCII letter with combining diacritics
 * (`Neukölln`), written without transliteration tables; undefined for anything else.
 * latin-slug.test.ts checks it against slugify.
 */
export function latinSlug(text: string): string | undefined {
  if (PLAIN_LATIN.test(text)) return joined(text);
  if (!NON_ASCII.test(text)) return undefined;
  const folded = text.normalize("NFKD").replace(LETTER_DIACRITICS, "$1");
  return PLAIN_LATIN.test(folded) ? joined(folded) : undefined;
}

/** Words of ASCII letters and digits between single spaces: their slug is plain to see. */
const SIMPLE_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** The slug of a keyword, as slugify gives it, without its Unicode folding where none is needed. */
export function keywordSlug(keyword: string): string {
  if (SIMPLE_WORDS.test(keyword)) return keyword.toLowerCase().replaceAll(" ", "-");
  return latinSlug(keyword) ?? slugify(keyword);
}

/**
 * Keywords as a platform's tags: slugified (without hyphens where `hyphens` is false),
 * deduplicated, none longer than `maxLength`, the first `max`.
 */
export function tagList(
  keywords: readonly string[] | undefined,
  rules: { max: number; hyphens: boolean; maxLength?: number },
): string[] {
  const tags: string[] = [];
  for (const keyword of keywords ?? []) {
    const slug = keywordSlug(keyword);
    const tag = rules.hyphens ? slug : slug.replaceAll("-", "");
    if (tag === "" || tags.includes(tag) || tag.length > (rules.maxLength ?? tag.length)) continue;
    if (tags.push(tag) === rules.max) break;
  }
  return tags;
}

/** A comma-separated tag string (`"a, b"`) back as a list. */
export function splitTags(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const tags = value
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  return tags.length > 0 ? tags : undefined;
}
