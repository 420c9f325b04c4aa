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

const CHUNK = 2000;

function* chunksAtSpaces(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      const newline = text.lastIndexOf("\n", end);
      const cut = Math.max(space, newline);
      if (cut > start) end = cut + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * Counts the words of a text, using the language's word boundaries (so CJK counts too). Long
 * text is segmented in chunks cut at spaces, since V8's segmenter slows down on long strings.
 */
export function countWords(text: string, language = "en"): number {
  const segmenter = segmenterFor(language);
  let count = 0;
  for (const chunk of chunksAtSpaces(text)) {
    for (const segment of segmenter.segment(chunk)) if (segment.isWordLike) count++;
  }
  return count;
}

/** The number of words in the article body. */
export function wordCount(article: Pick<Article, "body" | "inLanguage">): number {
  return countWords(bodyText(article), article.inLanguage ?? "en");
}
