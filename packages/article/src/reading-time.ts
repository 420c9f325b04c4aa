import type { Article } from "./article.js";
import { wordCount } from "./word-count.js";

/** Average adult silent reading speed for non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 238;

/** Intl.Segmenter's Chinese and Japanese words average about 1.6 characters. */
const CJK_CHARS_PER_WORD = 1.6;

function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff);
}

function isSeparator(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2010 && code <= 0x2015) || isCjk(code);
}

/**
 * Words of a text estimated in one pass: runs between spaces and dashes, plus CJK characters by
 * their average word length. For text too long (or lists too long) to count with
 * Intl.Segmenter, which takes about a microsecond a character.
 */
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

/** Whole minutes to read a number of words, at least 1. */
export function minutesForWords(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Minutes to read the article body, rounded, at least 1. */
export function readingTime(article: Pick<Article, "body" | "inLanguage">): number {
  return minutesForWords(wordCount(article));
}
