/** Prefixes every line with `> ` (a bare `>` for blank lines), making it a block quote. */
export function quoteLines(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}
