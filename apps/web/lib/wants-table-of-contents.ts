/** Subheads from which an article gets a table of contents. */
export const TOC_MIN_HEADINGS = 3;

/** Reading minutes from which an article is long enough to need one. */
export const TOC_MIN_MINUTES = 4;

/**
 * Whether an article with `headings` subheads and `minutes` of reading gets a table of
 * contents: only a long article with several sections does; a short one is read faster than
 * its contents.
 */
export function wantsTableOfContents(headings: number, minutes: number): boolean {
  return headings >= TOC_MIN_HEADINGS && minutes >= TOC_MIN_MINUTES;
}
