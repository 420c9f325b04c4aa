/** How many line breaks a piece of source holds. */
export function countLines(source: string): number {
  let lines = 0;
  for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) lines++;
  return lines;
}

/**
 * Where the tail of `text` made only of `chars` starts: what a `[…]*$` pattern finds, in linear
 * time (V8 takes quadratic time on a long run of such characters that does not end the text).
 */
export function tailStart(text: string, chars: string): number {
  let index = text.length;
  while (index > 0 && chars.includes(text[index - 1] as string)) index--;
  return index;
}
