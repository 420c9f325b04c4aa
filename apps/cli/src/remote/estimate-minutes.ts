import { estimateWords, minutesForWords } from "@broadsheet/article";

/**
 * Minutes to read a text, at least 1: its words estimated as the reader estimates a long body's
 * (runs between spaces, CJK by characters), at the words a minute the content index and the
 * reader use (`minutesForWords` of `@broadsheet/article`). Counting with Intl.Segmenter, as the
 * index does, takes about a microsecond a character: too slow for a list of a hundred items.
 */
export function estimateMinutes(text: string): number {
  return minutesForWords(estimateWords(text));
}
