import type { SnippetPiece } from "@broadsheet/reader/options";

/** A search's words: lower-cased, split at spaces. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** The sentence of `text` around `at`, with every occurrence of `terms` in it marked. */
export function sentenceAround(text: string, at: number, terms: readonly string[]): SnippetPiece[] {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const stop = /[.!?](?=\s|$)|\n/.exec(text.slice(at));
  const end = stop ? at + stop.index + 1 : text.length;
  const sentence = text.slice(start, end).replace(/\s+/g, " ").trim();
  const lower = sentence.toLocaleLowerCase();
  const pieces: SnippetPiece[] = [];
  let index = 0;
  while (index < sentence.length) {
    let next = -1;
    let length = 0;
    for (const term of terms) {
      const found = lower.indexOf(term, index);
      if (found >= 0 && (next < 0 || found < next)) {
        next = found;
        length = term.length;
      }
    }
    if (next < 0) break;
    if (next > index) pieces.push({ text: sentence.slice(index, next), match: false });
    pieces.push({ text: sentence.slice(next, next + length), match: true });
    index = next + length;
  }
  if (index < sentence.length) pieces.push({ text: sentence.slice(index), match: false });
  return pieces;
}

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
