const cp = (...codes: number[]) => String.fromCodePoint(...codes);

/** A text whose width terminals and libraries are known to disagree on, named for the report. */
export interface TrickyText {
  name: string;
  text: string;
}

/**
 * Texts that terminals and width libraries disagree on, by kind: ZWJ sequences, flags, skin
 * tones, variation selectors, Hangul jamo and fillers, combining marks, CJK, fullwidth and
 * halfwidth forms, East Asian ambiguous, emoji presentation, the soft hyphen, zero-width and
 * format characters, Indic conjuncts and other clusters of several visible code points.
 */
export const TRICKY_TEXTS: readonly TrickyText[] = [
  { name: "ZWJ family", text: cp(0x1f468, 0x200d, 0x1f469, 0x200d, 0x1f467) },
  { name: "ZWJ with skin tone", text: cp(0x1f469, 0x1f3fd, 0x200d, 0x1f4bb) },
  { name: "ZWJ rainbow flag (VS16 base)", text: cp(0x1f3f3, 0xfe0f, 0x200d, 0x1f308) },
  { name: "ZWJ eye in speech bubble", text: cp(0x1f441, 0xfe0f, 0x200d, 0x1f5e8, 0xfe0f) },
  { name: "letter ZWJ letter", text: "a\u200db" },
  { name: "letter then ZWJ", text: "e\u200d" },
  { name: "flag US", text: cp(0x1f1fa, 0x1f1f8) },
  {
    name: "flag England (tags)",
    text: cp(0x1f3f4, 0xe0067, 0xe0062, 0xe0065, 0xe006e, 0xe0067, 0xe007f),
  },
  { name: "regional indicator alone", text: cp(0x1f1fa) },
  { name: "regional indicators, unknown pair", text: cp(0x1f1e6, 0x1f1e6) },
  { name: "thumbs up, skin tone", text: cp(0x1f44d, 0x1f3fd) },
  { name: "skin tone alone", text: cp(0x1f3fd) },
  { name: "letter, skin tone", text: `A${cp(0x1f3fd)}` },
  { name: "heart VS16", text: cp(0x2764, 0xfe0f) },
  { name: "heart VS15", text: cp(0x2764, 0xfe0e) },
  { name: "heart", text: cp(0x2764) },
  { name: "copyright VS16", text: cp(0xa9, 0xfe0f) },
  { name: "smiley VS16", text: cp(0x263a, 0xfe0f) },
  { name: "watch", text: cp(0x231a) },
  { name: "watch VS15", text: cp(0x231a, 0xfe0e) },
  { name: "grinning face", text: cp(0x1f600) },
  { name: "grinning face VS16", text: cp(0x1f600, 0xfe0f) },
  { name: "keycap", text: `1${cp(0xfe0f, 0x20e3)}` },
  { name: "keycap without VS16", text: "1\u20e3" },
  { name: "VS16 alone", text: cp(0xfe0f) },
  { name: "copyright", text: "©" },
  { name: "U+3164 HANGUL FILLER", text: cp(0x3164) },
  { name: "U+3164 twice", text: cp(0x3164, 0x3164) },
  { name: "U+115F HANGUL CHOSEONG FILLER", text: cp(0x115f) },
  { name: "U+115F between letters", text: "a\u115fb" },
  { name: "U+1160 HANGUL JUNGSEONG FILLER", text: cp(0x1160) },
  { name: "U+115F U+1160", text: cp(0x115f, 0x1160) },
  { name: "U+115F U+1161", text: cp(0x115f, 0x1161) },
  { name: "U+115F U+1160 U+11A8", text: cp(0x115f, 0x1160, 0x11a8) },
  { name: "U+FFA0 HALFWIDTH HANGUL FILLER", text: `${cp(0xffa0)}x` },
  { name: "jamo L", text: cp(0x1100) },
  { name: "jamo L V", text: cp(0x1100, 0x1161) },
  { name: "jamo L V T", text: cp(0x1100, 0x1161, 0x11a8) },
  { name: "jamo T alone", text: cp(0x11a8) },
  { name: "jamo extended-A L", text: cp(0xa960) },
  { name: "jamo extended-B V alone", text: cp(0xd7b0) },
  { name: "syllable and jamo T", text: "가\u11a8" },
  { name: "NFD Hangul syllable", text: cp(0x1112, 0x1161, 0x11ab) },
  { name: "compatibility jamo", text: cp(0x3131) },
  { name: "halfwidth jamo", text: cp(0xffa1) },
  { name: "e, combining acute", text: "e\u0301" },
  { name: "e, three combining marks", text: "e\u0301\u0302\u0303" },
  { name: "combining mark alone", text: "\u0301" },
  { name: "space, combining mark", text: " \u0301" },
  { name: "CJK, combining mark", text: "中\u0301" },
  { name: "Hebrew with points", text: "שָׁלוֹם" },
  { name: "CJK ideograph", text: "中" },
  { name: "CJK extension B", text: cp(0x20000) },
  { name: "ideographic variation sequence", text: cp(0x845b, 0xe0100) },
  { name: "hiragana", text: "あ" },
  { name: "ideographic space", text: cp(0x3000) },
  { name: "ideographic full stop", text: "。" },
  { name: "fullwidth A", text: cp(0xff21) },
  { name: "fullwidth exclamation", text: "！" },
  { name: "halfwidth katakana", text: cp(0xff71) },
  { name: "halfwidth katakana, dakuten", text: cp(0xff76, 0xff9e) },
  { name: "ambiguous ±", text: "±" },
  { name: "ambiguous Ω", text: "Ω" },
  { name: "ambiguous ①", text: cp(0x2460) },
  { name: "ambiguous …", text: "…" },
  { name: "box drawing", text: "─" },
  { name: "em dash", text: "—" },
  { name: "two-em dash", text: cp(0x2e3a) },
  { name: "soft hyphen between letters", text: "a\u00adb" },
  { name: "soft hyphen alone", text: cp(0xad) },
  { name: "no-break space", text: "\u00a0" },
  { name: "narrow no-break space", text: "\u202f" },
  { name: "zero width space", text: cp(0x200b) },
  { name: "zero width joiner", text: cp(0x200d) },
  { name: "zero width non-joiner", text: cp(0x200c) },
  { name: "word joiner", text: cp(0x2060) },
  { name: "invisible times", text: cp(0x2062) },
  { name: "byte order mark", text: cp(0xfeff) },
  { name: "left-to-right mark", text: cp(0x200e) },
  { name: "combining grapheme joiner", text: cp(0x34f) },
  { name: "Mongolian vowel separator", text: cp(0x180e) },
  { name: "language tag", text: cp(0xe0001) },
  { name: "line separator", text: cp(0x2028) },
  { name: "Arabic number sign, digit", text: `${cp(0x600)}1` },
  { name: "Arabic end of ayah, digit", text: `${cp(0x6dd)}1` },
  { name: "Syriac abbreviation mark", text: `${cp(0x70f)}ܐ` },
  { name: "Kaithi number sign, digit", text: `${cp(0x110bd)}1` },
  { name: "Arabic lam alef", text: "لا" },
  { name: "Devanagari conjunct kssa", text: cp(0x915, 0x94d, 0x937) },
  { name: "Devanagari ki", text: cp(0x915, 0x93f) },
  { name: "Devanagari half form (ZWJ)", text: cp(0x915, 0x94d, 0x200d, 0x937) },
  { name: "Bengali conjunct", text: cp(0x995, 0x9cd, 0x9b7) },
  { name: "Tamil conjunct", text: cp(0xb95, 0xbcd, 0xbb7) },
  { name: "Tamil pulli", text: cp(0xb95, 0xbcd) },
  { name: "Kannada conjunct", text: cp(0xc95, 0xccd, 0xcb7) },
  { name: "Malayalam chillu", text: cp(0xd7a) },
  { name: "Sinhala conjunct (ZWJ)", text: cp(0xd9a, 0xdca, 0x200d, 0xdba) },
  { name: "Thai SARA AM", text: cp(0xe01, 0xe33) },
  { name: "Thai SARA AM alone", text: cp(0xe33) },
  { name: "Thai above vowel", text: cp(0xe01, 0xe34) },
  { name: "mathematical bold A", text: cp(0x1d400) },
  { name: "braille", text: cp(0x2800) },
];

/**
 * Where the reader measures a text wider than tmux 3.3 draws it, and why. The reader never
 * measures less than string-width (Ink measures with it), and string-width follows terminals
 * that implement Unicode's emoji and Hangul rules; tmux 3.3 draws these narrower:
 * - a text-default character with VS16, or a keycap, is an emoji (2 columns) for string-width,
 *   kitty, WezTerm, iTerm2 and Ghostty, but 1 column in tmux 3.3, which ignores VS16;
 * - a Sinhala conjunct joined by ZWJ is one cluster of 2 columns for string-width, and tmux
 *   joins what follows the ZWJ into the first cell;
 * - a vowel or final jamo with nothing to compose with is 1 column for string-width and 0 for
 *   tmux; the line separator is 1 column for string-width and is not drawn by tmux.
 */
export const WIDER_THAN_TMUX: ReadonlySet<string> = new Set([
  "ZWJ rainbow flag (VS16 base)",
  "ZWJ eye in speech bubble",
  "heart VS16",
  "copyright VS16",
  "smiley VS16",
  "keycap",
  "keycap without VS16",
  "Sinhala conjunct (ZWJ)",
  "jamo T alone",
  "jamo extended-B V alone",
  "line separator",
]);
