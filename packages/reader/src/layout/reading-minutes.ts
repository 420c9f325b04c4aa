import { type Article, blockText, countWords, minutesForWords } from "@broadsheet/article";

/**
 * Longest body (in UTF-16 code units) whose words are counted exactly. Intl.Segmenter takes about
 * a microsecond a character, so longer bodies are estimated instead, to keep layout quick.
 */
export const EXACT_WORD_COUNT_LIMIT = 40_000;

/** Intl.Segmenter's Chinese and Japanese words average about 1.6 characters. */
const CJK_CHARS_PER_WORD = 1.6;

function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff);
}

function isSeparator(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2010 && code <= 0x2015) || isCjk(code);
}

/** Words as runs between spaces and dashes, plus CJK characters by their average word length. */
function estimateWords(text: string): number {
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

/** The article's language if Intl knows the tag (an unvalidated file may carry anything), else English. */
function languageOf(article: Pick<Article, "inLanguage">): string {
  try {
    return Intl.Segmenter.supportedLocalesOf(article.inLanguage ?? "en").length > 0
      ? (article.inLanguage ?? "en")
      : "en";
  } catch {
    return "en";
  }
}

/**
 * Minutes to read the article body: as `readingTime` from @broadsheet/article counts them
 * (block by block, which gives the same count in linear time), or estimated from runs between
 * spaces when the body is longer than {@link EXACT_WORD_COUNT_LIMIT}, so that a very long
 * article lays out quickly.
 */
export function readingMinutes(article: Pick<Article, "body" | "inLanguage">): number {
  const texts = article.body.map(blockText);
  const length = texts.reduce((total, text) => total + text.length, 0);
  const language = languageOf(article);
  const count =
    length <= EXACT_WORD_COUNT_LIMIT ? (text: string) => countWords(text, language) : estimateWords;
  return minutesForWords(texts.reduce((total, text) => total + count(text), 0));
}
