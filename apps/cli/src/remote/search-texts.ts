import { type SnippetPiece, searchWords, sentenceAround } from "@broadsheet/reader/options";

export { searchWords };

/** How often `term` occurs in `text`. */
function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/** A text searched: its key, its headline (a match there counts most) and its whole text. */
export interface SearchedText {
  key: string;
  headline: string;
  text: string;
}

/** A text that holds every word searched for, with its score and the sentence of its first match. */
export interface RankedText {
  key: string;
  score: number;
  snippet: SnippetPiece[];
}

/**
 * The texts holding every word of `query`, best first: ranked by how often the words occur,
 * a word in the headline counting ten times; ties keep the order given. Each with the sentence
 * of its first match, the matches marked.
 */
export function rankTexts(
  texts: readonly SearchedText[],
  query: string,
  limit: number,
): RankedText[] {
  const terms = searchWords(query);
  if (terms.length === 0 || limit <= 0) return [];
  const ranked: RankedText[] = [];
  for (const { key, headline, text } of texts) {
    const lower = text.toLocaleLowerCase();
    if (!terms.every((term) => lower.includes(term))) continue;
    const title = headline.toLocaleLowerCase();
    const score = terms.reduce(
      (sum, term) => sum + occurrences(lower, term) + (title.includes(term) ? 10 : 0),
      0,
    );
    const first = Math.min(...terms.map((term) => lower.indexOf(term)));
    ranked.push({ key, score, snippet: sentenceAround(text, first, terms) });
  }
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}
