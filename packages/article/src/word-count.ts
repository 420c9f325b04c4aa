import type { Article } from "./article.js";
import { bodyText } from "./plain-text.js";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Counts the words of a text, using the language's word boundaries (so CJK counts too). */
export function countWords(text: string, language = "en"): number {
  let count = 0;
  for (const segment of segmenterFor(language).segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** The number of words in the article body. */
export function wordCount(article: Pick<Article, "body" | "inLanguage">): number {
  return countWords(bodyText(article), article.inLanguage ?? "en");
}
