import type { MarkdownError } from "../markdown-result.js";

/** A Markdown file cut into its YAML front matter (if any) and its body, with their first lines. */
export interface SourceParts {
  frontMatter?: { text: string; line: number };
  body: string;
  bodyLine: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits off the front matter between a first line `---` and the next `---` (or `...`) line. */
export function splitFrontMatter(source: string): SourceParts | MarkdownError {
  const lines = source.split("\n");
  if (!OPEN.test(lines[0] ?? "")) return { body: source, bodyLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (close === -1) {
    return { line: 1, message: "the front matter is never closed; end it with a line of ---" };
  }
  return {
    frontMatter: { text: lines.slice(1, close).join("\n"), line: 2 },
    body: lines.slice(close + 1).join("\n"),
    bodyLine: close + 2,
  };
}
