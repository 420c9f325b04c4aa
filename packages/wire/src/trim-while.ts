/** The text without the trailing characters for which `test` holds; linear, unlike `/x+$/`. */
export function trimEndWhile(text: string, test: (character: string) => boolean): string {
  let end = text.length;
  while (end > 0 && test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** The text without the leading characters for which `test` holds. */
export function trimStartWhile(text: string, test: (character: string) => boolean): string {
  let start = 0;
  while (start < text.length && test(text.charAt(start))) start++;
  return text.slice(start);
}
