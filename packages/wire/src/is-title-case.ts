import { trimEndWhile, trimStartWhile } from "./trim-while.js";

const MINOR_WORDS = new Set(
  (
    "a an and as at but by for from in into nor of off on onto or over per so than the to up upon " +
    "via vs vs. v. with yet amid out down near past like after before about against among within " +
    "without under between through"
  ).split(" "),
);

const isNotWordCharacter = (character: string): boolean => !/[\p{L}\p{N}]/u.test(character);

/**
 * Whether a line is in title case: every word starts with a capital, except short function words
 * after the first (`of`, `to`, `and`, …), words with digits (`1,000`, `km²`, `COVID-19`), a unit
 * straight after a number (`90 km`), words with an inner capital (`iPhone`) and words in scripts
 * without case. ALL-CAPS lines count as title case. At least one word must be capitalized.
 */
export function isTitleCase(text: string): boolean {
  let capitalized = 0;
  let afterNumber = false;
  const words = text.split(" ");
  for (let index = 0; index < words.length; index++) {
    const core = trimStartWhile(words[index] ?? "", isNotWordCharacter);
    if (core === "") continue;
    if (/\p{N}/u.test(core)) {
      afterNumber = true;
      continue;
    }
    const unit = afterNumber;
    afterNumber = false;
    const first = String.fromCodePoint(core.codePointAt(0) ?? 0);
    if (/[\p{Lu}\p{Lt}]/u.test(first)) {
      capitalized++;
      continue;
    }
    if (!/\p{Ll}/u.test(first) || unit || /\p{Lu}/u.test(core)) continue;
    const bare = trimEndWhile(core.toLowerCase(), (character) => !/[\p{L}.]/u.test(character));
    if (index > 0 && MINOR_WORDS.has(bare)) continue;
    return false;
  }
  return capitalized > 0;
}
