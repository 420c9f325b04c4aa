const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st sr jr gen gov sen rep lt col sgt capt maj cmdr adm prof rev hon no vs v etc " +
    "inc ltd co corp dept est ft mt jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues " +
    "wed thu thur thurs fri sat sun approx"
  ).split(" "),
);
const TERMINALS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "»"]);

function isAbbreviation(text: string, dot: number): boolean {
  const start = text.lastIndexOf(" ", dot - 1) + 1;
  const word = text.slice(start, dot);
  if (word.includes(".")) return true;
  if (Array.from(word).length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Roughly how many sentences the text holds: a sentence ends at `.`, `!`, `?` or `…` (optionally
 * followed by a closing quote or parenthesis) that is followed by a space and a capital, a digit
 * or an opening quote, unless the full stop ends an abbreviation such as `Sept.` or `U.S.`.
 */
export function countSentences(text: string): number {
  let count = 1;
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (!TERMINALS.has(character)) continue;
    let next = index + 1;
    while (CLOSERS.has(text.charAt(next))) next++;
    if (text.charAt(next) !== " ") continue;
    const start = text.slice(next + 1, next + 3);
    if (!/^["“‘'«(]?[\p{Lu}\p{Lt}\p{N}]/u.test(start)) continue;
    if (character === "." && next === index + 1 && isAbbreviation(text, index)) continue;
    count++;
  }
  return count;
}
