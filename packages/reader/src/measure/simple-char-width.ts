/**
 * Ranges of UTF-16 code units that are always a grapheme cluster of their own and whose display
 * width is fixed, as [first, last, width]. Verified against `terminalColumns` and Intl.Segmenter by
 * the tests; anything outside them is measured the slow way.
 */
const RANGES: readonly (readonly [number, number, 1 | 2])[] = [
  [0x0020, 0x007e, 1],
  [0x00a0, 0x00a8, 1],
  [0x00aa, 0x00ac, 1],
  [0x00af, 0x02ff, 1],
  [0x0370, 0x0377, 1],
  [0x037a, 0x037f, 1],
  [0x0384, 0x038a, 1],
  [0x038c, 0x038c, 1],
  [0x038e, 0x03a1, 1],
  [0x03a3, 0x0482, 1],
  [0x048a, 0x052f, 1],
  [0x1e00, 0x1eff, 1],
  [0x2010, 0x2027, 1],
  [0x2030, 0x203b, 1],
  [0x203d, 0x2048, 1],
  [0x204a, 0x205e, 1],
  [0x2070, 0x2071, 1],
  [0x2074, 0x208e, 1],
  [0x2090, 0x209c, 1],
  [0x20a0, 0x20c0, 1],
  [0x2190, 0x2193, 1],
  [0x2500, 0x259f, 1],
  [0x25b8, 0x25b8, 1],
  [0x3000, 0x3029, 2],
  [0x3031, 0x303c, 2],
  [0x303e, 0x303e, 2],
  [0x3041, 0x3096, 2],
  [0x309b, 0x30ff, 2],
  [0x3400, 0x4dbf, 2],
  [0x4e00, 0x9fff, 2],
  [0xac00, 0xd7a3, 2],
  [0xff01, 0xff60, 2],
  [0xffe0, 0xffe6, 2],
];

const TABLE = new Uint8Array(0x10000);
for (const [first, last, width] of RANGES) TABLE.fill(width, first, last + 1);

/**
 * The display width (1 or 2) of a UTF-16 code unit that is always a grapheme cluster of its own
 * (printable ASCII, Latin, Greek, Cyrillic, common punctuation, box drawing, CJK ideographs, kana,
 * Hangul syllables, fullwidth forms), or 0 when the character needs grapheme segmentation.
 */
export function simpleCharWidth(code: number): number {
  return TABLE[code] ?? 0;
}
