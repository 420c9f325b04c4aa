import stringWidth from "string-width";

/**
 * Characters that string-width counts as zero columns (Default_Ignorable_Code_Point or Format)
 * but that terminals draw, with the columns they take: the Hangul fillers, the soft hyphen and
 * the prepended concatenation marks (signs such as ARABIC NUMBER SIGN that span the digits after
 * them). glibc's wcwidth, and so tmux, xterm and VTE, give them these widths.
 */
const DRAWN_IGNORABLES = new Map<number, number>([
  [0x00ad, 1],
  [0x0600, 1],
  [0x0601, 1],
  [0x0602, 1],
  [0x0603, 1],
  [0x0604, 1],
  [0x0605, 1],
  [0x06dd, 1],
  [0x070f, 1],
  [0x0890, 1],
  [0x0891, 1],
  [0x08e2, 1],
  [0x115f, 2],
  [0x3164, 2],
  [0xffa0, 1],
  [0x110bd, 1],
  [0x110cd, 1],
]);

const ZWJ = 0x200d;
const UNKNOWN = -1;
const bmpWidths = new Int8Array(0x10000).fill(UNKNOWN);
const astralWidths = new Map<number, number>();

/** The columns of one code point on its own, as string-width measures it. */
function codePointWidth(code: number): number {
  const drawn = DRAWN_IGNORABLES.get(code);
  if (drawn !== undefined) return drawn;
  if (code < 0x10000) {
    let width = bmpWidths[code] ?? UNKNOWN;
    if (width === UNKNOWN) {
      width = stringWidth(String.fromCharCode(code));
      bmpWidths[code] = width;
    }
    return width;
  }
  let width = astralWidths.get(code);
  if (width === undefined) {
    width = stringWidth(String.fromCodePoint(code));
    astralWidths.set(code, width);
  }
  return width;
}

/** Hangul jamo, their extensions and syllables: terminals compose these into syllable blocks. */
function isHangul(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7ff)
  );
}

/**
 * The number of terminal columns one grapheme cluster takes: string-width's measure, except
 * where terminals draw the cluster wider, which is what the user sees and what lines must fit:
 *
 * - the characters of {@link DRAWN_IGNORABLES} (U+3164 and U+115F take 2 columns, not 0);
 * - clusters that terminals without grapheme shaping (tmux 3.3, xterm, VTE: one wcwidth per
 *   code point) draw code point by code point, up to a zero-width joiner: an emoji with a skin
 *   tone (4 columns), an Indic conjunct (क्ष, 2), Thai SARA AM (กำ, 2), an unknown pair of
 *   regional indicators (2), ARABIC NUMBER SIGN and the digit after it (2). Each code point is
 *   measured alone by string-width; Hangul syllable blocks are left to it.
 *
 * Where terminals draw a cluster narrower than string-width (tmux 3.3 draws an emoji made of a
 * text character and VS16, ❤️, in 1 column; terminals that follow Unicode's emoji rules draw 2),
 * string-width's measure stands: a line measured a column too wide leaves a blank cell, one
 * measured too narrow runs over the pane, and Ink, which measures with string-width, never wraps
 * a line the reader has fitted. `terminal-columns-in-tmux.test.ts` compares this with tmux.
 */
export function terminalColumns(cluster: string): number {
  const library = stringWidth(cluster);
  const first = cluster.codePointAt(0) ?? 0;
  if (isHangul(first)) return Math.max(library, DRAWN_IGNORABLES.get(first) ?? 0);
  let cells = 0;
  for (let index = 0; index < cluster.length; ) {
    const code = cluster.codePointAt(index) ?? 0;
    if (code === ZWJ) break;
    cells += codePointWidth(code);
    index += code > 0xffff ? 2 : 1;
  }
  return Math.max(library, cells);
}
