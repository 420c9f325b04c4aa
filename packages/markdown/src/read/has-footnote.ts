/** Whether Markdown source holds an unescaped footnote reference or definition like `[^1]`. */
export function hasFootnote(raw: string): boolean {
  let close = -1;
  for (let index = 0; index < raw.length; index++) {
    if (raw[index] === "\\") {
      index++;
    } else if (raw[index] === "[" && raw[index + 1] === "^") {
      if (close < index) close = raw.indexOf("]", index);
      if (close === -1) return false;
      if (close > index + 2) return true;
    }
  }
  return false;
}
