const segmenter = new Intl.Segmenter();

/** Text without its last grapheme cluster: what Backspace erases (a whole emoji or accented letter). */
export function withoutLastCluster(text: string): string {
  let last = 0;
  for (const { index } of segmenter.segment(text)) last = index;
  return text.slice(0, last);
}
