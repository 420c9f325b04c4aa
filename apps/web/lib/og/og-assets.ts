import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Font } from "satori";
import { notoSansScSubsets, subsetCovers } from "./font-subsets";
import { twemojiDataUri } from "./twemoji";

const subsetFonts = new Map<string, Promise<Font>>();

function subsetFont(file: string): Promise<Font> {
  let font = subsetFonts.get(file);
  if (!font) {
    font = readFile(file).then((data) => ({
      name: `Noto Sans SC ${path.basename(file, ".woff")}`,
      data,
      weight: 400,
      style: "normal",
    }));
    subsetFonts.set(file, font);
  }
  return font;
}

/**
 * Satori's `loadAdditionalAsset`, offline: an emoji comes from the Twemoji SVGs shipped as a
 * package, other text the base fonts cannot draw from the Noto Sans SC subsets that cover it
 * (each file read once per process). What neither covers is left undrawn; nothing is fetched.
 */
export async function loadOgAsset(languageCode: string, segment: string): Promise<string | Font[]> {
  if (languageCode === "emoji") return twemojiDataUri(segment) ?? "";
  const codes = [...segment].map((character) => character.codePointAt(0) ?? 0);
  const files = notoSansScSubsets()
    .filter((subset) => codes.some((code) => subsetCovers(subset, code)))
    .map((subset) => subset.file);
  return Promise.all(files.map(subsetFont));
}
