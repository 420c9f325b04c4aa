import { trimEndWhile } from "./trim-while.js";

/**
 * A comparison key for text that should count as the same line: compatibility forms unfolded,
 * lowercase, curly quotes and dashes made plain, whitespace collapsed, final full stops dropped.
 */
export function foldText(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛′ʼ`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s{2,}|[^\S ]/g, " ")
    .trim();
  return trimEndWhile(folded, (character) => character === "." || character === " ");
}
