import { readFileSync } from "node:fs";
import path from "node:path";

/** One file of a font split by Unicode ranges, and the code points it draws. */
export interface FontSubset {
  /** The `.woff` file, absolute. */
  file: string;
  ranges: readonly [number, number][];
}

const FACE = /url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g;

/**
 * The WOFF subsets of a Fontsource stylesheet (`@font-face` rules with a `woff` source and a
 * `unicode-range`), with paths resolved against the stylesheet's folder.
 */
export function parseFontSubsets(css: string, dir: string): FontSubset[] {
  return [...css.matchAll(FACE)].map(([, file = "", ranges = ""]) => ({
    file: path.join(dir, "files", file),
    ranges: ranges.split(",").map((range): [number, number] => {
      const [low = "0", high = low] = range.trim().replace(/^U\+/i, "").split("-");
      return [Number.parseInt(low, 16), Number.parseInt(high, 16)];
    }),
  }));
}

let notoSansSc: FontSubset[] | undefined;

/**
 * The subsets of Noto Sans SC Regular (`@fontsource/noto-sans-sc`, SIL Open Font License): Chinese,
 * Japanese kana, Hangul and CJK punctuation for the OpenGraph images. Read once per process.
 */
export function notoSansScSubsets(): FontSubset[] {
  if (!notoSansSc) {
    const dir = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");
    notoSansSc = parseFontSubsets(readFileSync(path.join(dir, "400.css"), "utf8"), dir);
  }
  return notoSansSc;
}

/** Whether a subset draws the code point. */
export function subsetCovers(subset: FontSubset, code: number): boolean {
  return subset.ranges.some(([low, high]) => code >= low && code <= high);
}
