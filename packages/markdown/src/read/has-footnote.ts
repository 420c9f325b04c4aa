/** Whether Markdown source holds an unescaped footnote reference or definition like `[^1]`. */
export function hasFootnote(raw: string): boolean {
  for (let index = 0; index < raw.length; index++) {
    if (raw[index] === "\\") {
      index++;
    } else if (
      raw[index] === "[" &&
      raw[index + 1] === "^" &&
      raw.indexOf("]", index) > index + 2
    ) {
      return true;
    }
  }
  return false;
}
