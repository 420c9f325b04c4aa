import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { frontMatterOverLimit } from "../limits.js";
import type { MarkdownError } from "../markdown-result.js";

/** A Markdown file cut into its YAML front matter (if any) and its body, with their first lines. */
export interface SourceParts {
  frontMatter?: { text: string; line: number };
  body: string;
  bodyLine: number;
}

/** The fields of the front matter, and where each one is written. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** The line of the key (or list item) a path names, or of its nearest written ancestor. */
  locate(path: readonly (string | number)[]): number | undefined;
}

const MAX_ALIASES = 100;
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

const firstLineOf = (message: string) => `front matter: ${message.split("\n", 1)[0]}`;

/**
 * Parses YAML front matter (YAML 1.2 core schema, so `2024-08-06` stays text) into fields, or
 * errors at the lines YAML reports. `firstLine` is the file line the YAML text starts on.
 */
export function readFrontMatter(text: string, firstLine: number): FrontMatter | MarkdownError[] {
  const limit = frontMatterOverLimit(text, firstLine);
  if (limit) return [limit];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      line: fileLine(error.pos[0]),
      column: lineCounter.linePos(error.pos[0]).col,
      message: firstLineOf(error.message),
    }));
  }
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    return [{ line: firstLine, message: "the front matter must be field: value lines" }];
  }
  let data: Record<string, unknown>;
  try {
    data = (document.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return [{ line: firstLine, message: firstLineOf(String(error)) }];
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | null)?.range;
    return range ? fileLine(range[0]) : undefined;
  };
  return {
    data,
    locate(path) {
      let node: unknown = contents;
      let line: number | undefined;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (item) => isScalar(item.key) && String(item.key.value) === String(key),
          );
          if (!pair) break;
          line = lineOf(pair.key) ?? line;
          node = pair.value;
        } else if (isSeq(node) && typeof key === "number" && node.items[key] !== undefined) {
          node = node.items[key];
          line = lineOf(node) ?? line;
        } else {
          break;
        }
      }
      return line;
    },
  };
}
