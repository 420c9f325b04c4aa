import { notoSansScSubsets, subsetCovers } from "./font-subsets";

/**
 * Code point ranges the base OpenGraph fonts (DejaVu Serif and Sans) draw: Latin, Greek,
 * Cyrillic, combining marks, punctuation, currency and letterlike symbols.
 */
const DEJAVU: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x1e00, 0x1eff],
  [0x1f00, 0x1fff],
  [0x2000, 0x200a],
  [0x2010, 0x205e],
  [0x20a0, 0x20bf],
  [0x2100, 0x214f],
];

/** The parts of an emoji grapheme: pictographs, flags, skin tones, joiners, keycaps. */
const EMOJI_PART =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/u;

/**
 * Chinese and Japanese letters with their punctuation and full-width forms: the scripts Noto Sans
 * SC draws. Hangul is not among them (it has a few syllables, so Korean words would break up).
 */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\u30fc\uff00-\uffef]/u;

function isDrawable(character: string): boolean {
  if (EMOJI_PART.test(character)) return true;
  const code = character.codePointAt(0) ?? 0;
  if (DEJAVU.some(([low, high]) => code >= low && code <= high)) return true;
  return CJK.test(character) && notoSansScSubsets().some((subset) => subsetCovers(subset, code));
}

/**
 * Text reduced to what the OpenGraph image can draw offline (DejaVu, the Noto Sans SC subsets
 * for Chinese and Japanese, Twemoji for emoji), with runs of spaces collapsed. Anything else
 * (Korean, Devanagari, Thai, …) would make the renderer look for a font it does not have, so it is left out of the image;
 * the page itself shows the text in full.
 */
export function ogSafeText(text: string): string {
  return Array.from(text.replace(/\s/g, " "))
    .filter(isDrawable)
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}
