import { decodeBytes } from "./decode-bytes.js";

/** The encodings a document with no declared charset is tried in, most likely first on a tie. */
const CANDIDATES = ["shift_jis", "euc-jp", "euc-kr", "koi8-r", "windows-1251", "windows-1252"];

/** The sniffer reads this much of a document: enough text to tell the scripts apart. */
const SAMPLE_BYTES = 64 * 1024;

type Script = "japanese" | "korean" | "cyrillic" | "latin";

const SCRIPT_OF: Record<string, Script> = {
  shift_jis: "japanese",
  "euc-jp": "japanese",
  "euc-kr": "korean",
  "koi8-r": "cyrillic",
  "windows-1251": "cyrillic",
  "windows-1252": "latin",
};

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

function isLower(char: string): boolean {
  return char !== char.toUpperCase();
}

/** A character's weight for one script, and whether it is a Han ideograph. */
interface Weight {
  score: number;
  han: boolean;
}

const HAN: Weight = { score: 1, han: true };

function weight(score: number): Weight {
  return { score, han: false };
}

/**
 * How much one non-ASCII character looks like text in the script the encoding is for: positive
 * for a letter of that script where words have it, negative for what real text seldom holds
 * (half-width katakana, box drawing, controls, case flipping inside a word, a run of accented
 * letters).
 */
function characterWeight(script: Script, char: string, before: string, run: number): Weight {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xff61 && code <= 0xff9f) return weight(-2);
  if (/[\p{Cc}\p{Co}\p{S}]/u.test(char)) return weight(-2);
  switch (script) {
    case "japanese":
      if (code >= 0x3040 && code <= 0x30ff) return weight(2);
      if (code >= 0x4e00 && code <= 0x9fff) return HAN;
      if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e))
        return weight(1);
      return weight(-1);
    case "korean":
      if (code >= 0xac00 && code <= 0xd7af) return weight(2);
      if (code >= 0x4e00 && code <= 0x9fff) return HAN;
      if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e))
        return weight(1);
      return weight(-1);
    case "cyrillic":
      if (code < 0x0400 || code > 0x04ff) return weight(-1);
      if (/[A-Za-z]/.test(before)) return weight(-2);
      if (isLower(char)) return weight(2);
      return weight(isLetter(before) ? -1 : 1);
    case "latin":
      if (code < 0x00c0 || code > 0x024f) return weight(/\p{P}/u.test(char) ? 0.5 : -1);
      if (run >= 3) return weight(-1);
      if (!isLower(char) && isLetter(before)) return weight(-1);
      return weight(run >= 2 ? 0 : 1);
  }
}

/**
 * The text's score for a script. Han ideographs count only beside letters of the script itself
 * (kana, hangul): Japanese and Korean text has them, and bytes of another encoding read as
 * Shift_JIS or EUC-KR come out as stray ideographs.
 */
function scoreText(script: Script, text: string): number {
  let score = 0;
  let han = 0;
  let before = "";
  let run = 0;
  for (const char of text) {
    if (char.charCodeAt(0) >= 0x80) {
      run++;
      const { score: value, han: isHan } = characterWeight(script, char, before, run);
      if (isHan) han += value;
      else score += value;
    } else run = 0;
    before = char;
  }
  return score + (score > 0 ? han : -han);
}

/**
 * The likeliest legacy encoding of bytes that are not UTF-8 and declare none: each candidate
 * that decodes the start without error is scored on how much its characters look like text of
 * its script.
 */
export function sniffCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best = "windows-1252";
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const encoding of CANDIDATES) {
    let text: string;
    try {
      text = decodeBytes(encoding, sample, true);
    } catch {
      continue;
    }
    const score = scoreText(SCRIPT_OF[encoding] ?? "latin", text);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}
