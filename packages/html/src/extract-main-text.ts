import { Readability } from "@mozilla/readability";

/** The main text of a page as Mozilla Readability finds it, with what it reads of the page. */
export interface MainText {
  content: Element;
  title?: string;
  byline?: string;
  excerpt?: string;
  lang?: string;
  publishedTime?: string;
}

const orUndefined = (value: string | null | undefined) => value ?? undefined;

/**
 * Runs Mozilla Readability on the document (which it changes) and returns the element holding
 * the article's main text, or undefined when it finds none.
 */
export function extractMainText(document: Document): MainText | undefined {
  const parsed = new Readability<Element>(document, {
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return undefined;
  return {
    content: parsed.content,
    title: orUndefined(parsed.title),
    byline: orUndefined(parsed.byline),
    excerpt: orUndefined(parsed.excerpt),
    lang: orUndefined(parsed.lang),
    publishedTime: orUndefined(parsed.publishedTime),
  };
}
