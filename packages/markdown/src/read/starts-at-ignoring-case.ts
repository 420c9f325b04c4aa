const LOWER = 0x20;

/**
 * Whether `source` has `word` (lowercase ASCII) at `index`, ASCII letters in any case: the
 * `http` and `www.` that make marked look for an autolink.
 */
export function startsAtIgnoringCase(source: string, index: number, word: string): boolean {
  for (let offset = 0; offset < word.length; offset++) {
    if ((source.charCodeAt(index + offset) | LOWER) !== word.charCodeAt(offset)) return false;
  }
  return true;
}
