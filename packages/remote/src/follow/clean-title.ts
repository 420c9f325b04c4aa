// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this finds.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g;

/** Longer titles are cut: a name, not a page. */
export const MAX_TITLE_LENGTH = 300;

/**
 * A title as one line of plain text: control, bidi and zero-width characters become spaces,
 * runs of white space one space, cut at {@link MAX_TITLE_LENGTH}; `undefined` when nothing is left.
 */
export function cleanTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const clean = title.replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
  if (clean === "") return undefined;
  return [...clean].slice(0, MAX_TITLE_LENGTH).join("");
}
