import { Lexer } from "yaml";
import { MAX_FRONT_MATTER_KEYS } from "../limits.js";
import type { MarkdownError } from "../markdown-result.js";
import { countLines } from "./count-lines.js";

/** Tokens of yaml's lexer that add a key or an entry to a map or flow collection. */
const ENTRY_TOKENS = new Set([":", "?", ","]);

/**
 * An error at the line of the first key over {@link MAX_FRONT_MATTER_KEYS}, found with yaml's own
 * lexer (linear time; quoted text is one token, so its colons and commas do not count), before
 * the front matter reaches yaml's parser. `firstLine` is the file line the YAML text starts on.
 */
export function frontMatterKeyLimit(text: string, firstLine: number): MarkdownError | undefined {
  let entries = 0;
  let line = firstLine;
  for (const token of new Lexer().lex(text)) {
    if (ENTRY_TOKENS.has(token) && ++entries > MAX_FRONT_MATTER_KEYS) {
      return {
        line,
        message: `the front matter has more than ${MAX_FRONT_MATTER_KEYS.toLocaleString("en-US")} keys and entries; an article needs a few dozen, so remove the ones it does not use`,
      };
    }
    line += countLines(token);
  }
  return undefined;
}
