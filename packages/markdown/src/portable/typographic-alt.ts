import type { Block } from "@broadsheet/article";

const TYPOGRAPHY = /---|--|\.\.\.|<<|>>|['"]/g;
const OPENS_AFTER = /[\s([{\u2014\u2013-]/;

function typographic(mark: string, before: string | undefined): string {
  const opening = before === undefined || OPENS_AFTER.test(before);
  switch (mark) {
    case "---":
      return "\u2014";
    case "--":
      return "\u2013";
    case "...":
      return "\u2026";
    case "<<":
      return "\u00ab";
    case ">>":
      return "\u00bb";
    case "'":
      return opening ? "\u2018" : "\u2019";
    default:
      return opening ? "\u201c" : "\u201d";
  }
}

/**
 * An image's alt text with the typography Goldmark's typographer would give it (curly quotes
 * and apostrophes, dashes, ellipsis, guillemets), for Hugo: Hugo 0.111 writes the references
 * the typographer makes into the alt attribute escaped, so `it's` would show as `it&rsquo;s`.
 */
export function typographicAlt(block: Block): Block {
  if (block.type !== "image" || !/['"]|--|\.\.\.|<<|>>/.test(block.alt)) return block;
  const alt = block.alt.replace(TYPOGRAPHY, (mark: string, at: number, text: string) =>
    typographic(mark, text[at - 1]),
  );
  return { ...block, alt };
}
