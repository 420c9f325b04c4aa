/** ASCII letters and digits with the punctuation slugify turns into separators unchanged. */
const PLAIN_LATIN = /^[A-Za-z0-9 .,/'\u2019-]*$/;

/** A combining diacritic right after an ASCII letter, as the canonical decomposition writes it. */
const LETTER_DIACRITICS = /([A-Za-z])[\u0300-\u036f]+/g;

/** Whether any character is outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** A word-final `'s` or `'t`, whose apostrophe slugify drops. */
const CONTRACTION = /([a-z\d])['\u2019]([ts])(?![a-z\d])/g;

const SEPARATORS = /[^a-z\d]+/g;

function joined(text: string): string {
  const slug = text.toLowerCase().replace(CONTRACTION, "$1$2").replace(SEPARATORS, "-");
  const start = slug.startsWith("-") ? 1 : 0;
  const end = slug.endsWith("-") && slug.length > start ? slug.length - 1 : slug.length;
  return slug.slice(start, end);
}

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
