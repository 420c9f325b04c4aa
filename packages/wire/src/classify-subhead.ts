import { countSentences } from "./count-sentences.js";
import { isTitleCase } from "./is-title-case.js";
import { opensWithQuote } from "./quotation-marks.js";

/** How a line looks as a subhead: title case (confident) or a short sentence-case line (a guess). */
export type SubheadKind = "title" | "sentence";

const MAX_LENGTH = 120;
const MAX_TITLE_WORDS = 14;
const MAX_SENTENCE_WORDS = 10;

/**
 * Classifies one line as a possible subhead. A subhead is short, starts with a letter or digit
 * (not a quotation mark, so `"We will not leave," she said.` never is one), holds one sentence and
 * ends with a letter, a digit, `?` or `)`; never with `.`, `,`, `:`, `;`, `!`, `…` or a quote.
 * Returns `"title"` for title case, `"sentence"` for a short capitalized line, else undefined.
 */
export function classifySubhead(text: string): SubheadKind | undefined {
  if (text === "" || text.length > MAX_LENGTH) return undefined;
  if (opensWithQuote(text) || !/^[\p{L}\p{N}]/u.test(text)) return undefined;
  if (!/[\p{L}\p{N}?)]$/u.test(text)) return undefined;
  const words = text.split(" ").length;
  if (words > MAX_TITLE_WORDS || countSentences(text) > 1) return undefined;
  if (isTitleCase(text)) return "title";
  if (words <= MAX_SENTENCE_WORDS && /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text)) return "sentence";
  return undefined;
}
