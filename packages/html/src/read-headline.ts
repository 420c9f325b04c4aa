import { labelText } from "./convert/label-text.js";
import type { Notes } from "./notes.js";

/** The headline given to an article whose page names none. */
export const UNTITLED = "Untitled";

/** The longest headline the model holds. */
export const MAX_HEADLINE = 300;

/**
 * The article's headline from the first of `candidates` with text: on one line, cut at a word
 * to {@link MAX_HEADLINE} characters with an ellipsis (noted), or {@link UNTITLED} (noted).
 */
export function readHeadline(candidates: readonly (string | undefined)[], notes: Notes): string {
  const place = { notes, at: () => undefined };
  for (const candidate of candidates) {
    const headline = labelText(candidate, place);
    if (headline === undefined) continue;
    if (headline.length <= MAX_HEADLINE) return headline;
    const cut = headline.lastIndexOf(" ", MAX_HEADLINE - 1);
    notes.add(
      "headline-shortened",
      `Shortened the page's ${headline.length}-character title to the ${MAX_HEADLINE} a headline may have.`,
      undefined,
    );
    return `${headline.slice(0, cut > 0 ? cut : MAX_HEADLINE - 1).trimEnd()}…`;
  }
  notes.add(
    "headline-missing",
    `The page names no title; the article has the placeholder headline "${UNTITLED}".`,
    undefined,
  );
  return UNTITLED;
}
