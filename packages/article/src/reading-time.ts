import type { Article } from "./article.js";
import { wordCount } from "./word-count.js";

/** Average adult silent reading speed for non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 238;

/** Whole minutes to read a number of words, at least 1. */
export function minutesForWords(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Minutes to read the article body, rounded, at least 1. */
export function readingTime(article: Pick<Article, "body" | "inLanguage">): number {
  return minutesForWords(wordCount(article));
}
