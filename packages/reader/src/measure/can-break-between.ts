const SPACE = 0x20;
const ZERO_WIDTH_SPACE = 0x200b;

const HYPHEN = 1;
const NO_BREAK_BEFORE = 2;
const NO_BREAK_AFTER = 4;
const CJK = 8;

/** Line-breaking classes of BMP characters, as bit flags. */
const CLASSES = new Uint8Array(0x10000);

function mark(chars: string, flag: number): void {
  for (const char of chars) {
    const code = char.charCodeAt(0);
    CLASSES[code] = (CLASSES[code] ?? 0) | flag;
  }
}

function markRange(first: number, last: number, flag: number): void {
  for (let code = first; code <= last; code++) CLASSES[code] = (CLASSES[code] ?? 0) | flag;
}

mark("-\u2010\u2013\u2014", HYPHEN);
// Closing punctuation, small kana and marks that must not start a line (kinsoku).
mark(
  ",.;:!?)]}’”%、。，．：；？！）］｝」』】〕〉》〙〗〟〞ー…‥・ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゠〜～",
  NO_BREAK_BEFORE,
);
// Opening punctuation that must not end a line.
mark("([{‘“（［｛「『【〔〈《〘〖〝", NO_BREAK_AFTER);
// Ideographs, kana, Hangul and fullwidth forms: scripts that break between characters.
markRange(0x2e80, 0x9fff, CJK);
markRange(0xac00, 0xd7a3, CJK);
markRange(0xf900, 0xfaff, CJK);
markRange(0xfe30, 0xfe4f, CJK);
markRange(0xff00, 0xffef, CJK);

function classOf(code: number): number {
  if (code < 0) return 0;
  if (code < 0x10000) return CLASSES[code] ?? 0;
  return code >= 0x20000 && code <= 0x3ffff ? CJK : 0;
}

/**
 * Whether a line may break between two adjacent grapheme clusters, given the first code points
 * of the cluster before the previous one, the previous one and the next one (-1 for none; spaces
 * are handled by the wrapper, not here). Breaks after a hyphen, en or em dash inside a word,
 * after a zero-width space, and next to CJK characters except before closing or after opening
 * punctuation.
 */
export function canBreakBetween(beforePrevious: number, previous: number, next: number): boolean {
  const before = classOf(previous);
  const after = classOf(next);
  if (before === 0 && after === 0) return previous === ZERO_WIDTH_SPACE;
  if (next === SPACE || previous === SPACE) return false;
  if (before & HYPHEN) {
    return beforePrevious >= 0 && beforePrevious !== SPACE && !(after & HYPHEN);
  }
  if ((before | after) & CJK) return !(after & NO_BREAK_BEFORE) && !(before & NO_BREAK_AFTER);
  return false;
}
