import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ZWJ = "\u200d";
const VARIATION_SELECTOR_16 = /\ufe0f/g;

function fileName(emoji: string): string {
  return `${[...emoji].map((character) => character.codePointAt(0)?.toString(16)).join("-")}.svg`;
}

/**
 * The Twemoji SVG (`@twemoji/svg`, CC-BY 4.0) of one emoji grapheme as a `data:` URI, or
 * undefined when the set has none. Twemoji names files by code points joined with `-`, without
 * U+FE0F except in ZWJ sequences.
 */
export function twemojiDataUri(emoji: string): string | undefined {
  const dir = path.join(process.cwd(), "node_modules", "@twemoji", "svg");
  const bare = emoji.replace(VARIATION_SELECTOR_16, "");
  const candidates = emoji.includes(ZWJ) ? [emoji, bare] : [bare];
  for (const candidate of candidates) {
    const file = path.join(dir, fileName(candidate));
    if (existsSync(file)) {
      return `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`;
    }
  }
  return undefined;
}
