import type { SnippetPiece } from "./library-source.js";

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
