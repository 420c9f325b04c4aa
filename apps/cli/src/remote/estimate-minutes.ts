import { minutesForWords } from "@broadsheet/article";

/** Intl.Segmenter's Chinese and Japanese words average about 1.6 characters (as the reader counts them). */
const CJK_CHARS_PER_WORD = 1.6;

function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff);
}

function isSeparator(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2010 && code <= 0x2015) || isCjk(code);
}

/** Words as runs between spaces and dashes, plus CJK characters by their average word length. */
export function estimateWords(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isCjk(code)) cjk++;
    if (isSeparator(code)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words + Math.round(cjk / CJK_CHARS_PER_WORD);
}

/**
 * Minutes to read a text, at least 1: its words estimated as the reader estimates a long body's
 * (runs between spaces, CJK by characters), at the words a minute the content index and the
 * reader use (`minutesForWords` of `@broadsheet/article`). Counting with Intl.Segmenter, as the
 * index does, takes about a microsecond a character: too slow for a list of a hundred items.
 */
export function estimateMinutes(text: string): number {
  return minutesForWords(estimateWords(text));
}
