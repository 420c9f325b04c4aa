import {
  type Article,
  blockText,
  countWords,
  estimateWords,
  minutesForWords,
} from "@broadsheet/article";

/**
 * Longest body (in UTF-16 code units) whose words are counted exactly. Intl.Segmenter takes about
 * a microsecond a character, so longer bodies are estimated instead, to keep layout quick.
 */
export const EXACT_WORD_COUNT_LIMIT = 40_000;

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
