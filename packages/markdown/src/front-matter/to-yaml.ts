import { Document, isScalar, visit } from "yaml";
import { fastYaml } from "./fast-yaml.js";
import { misreadByYaml11 } from "./misread-by-yaml11.js";

/**
 * Spaces and line breaks only, one break at least (the first run takes no break, so the two runs
 * never backtrack into each other): the yaml package writes such a string as a block scalar without
 * an indentation indicator (`|+` then a line of spaces), which reads back without the spaces.
 */
const BLANK_LINES = /^ *\n[ \n]*$/;

/**
 * U+0085, U+2028 and U+2029 are line breaks for YAML 1.1 readers (PyYAML, Ruby's Psych): they
 * are written inside double quotes as the escapes `\N`, `\L` and `\P`, which every reader knows.
 */
const UNICODE_BREAKS = /[\u0085\u2028\u2029]/;
const BREAK_ESCAPES: Readonly<Record<string, string>> = {
  "\u0085": "\\N",
  "\u2028": "\\L",
  "\u2029": "\\P",
};

/** How toYaml writes strings. */
export interface YamlOptions {
  /**
   * `needed` (default): plain where the text reads back the same under YAML 1.1 and 1.2, double
   * quotes otherwise. `all`: every string double-quoted, for readers that are not full YAML.
   */
  quote?: "needed" | "all";
}

/**
 * YAML for front matter, as the yaml package writes it (block style, plain scalars where they
 * read back as the same text, no line folding, double-quoted strings on one line: the package's
 * multi-line double quotes can lose a line of spaces), with every string a YAML 1.1 reader would
 * misread double-quoted as well, so Jekyll and PyYAML see the same values. Common front matter
 * (maps and lists of plain-safe strings, integers, booleans) is written directly (fastYaml), to
 * the same bytes.
 */
export function toYaml(data: Record<string, unknown>, options: YamlOptions = {}): string {
  return fastYaml(data, options.quote === "all") ?? toYamlByPackage(data, options);
}

/** toYaml without its direct path: always through a yaml package Document. */
export function toYamlByPackage(data: Record<string, unknown>, options: YamlOptions = {}): string {
  const all = options.quote === "all";
  const document = new Document(data);
  visit(document, {
    Scalar(key, node) {
      if (
        key !== "key" &&
        isScalar(node) &&
        typeof node.value === "string" &&
        (all ||
          misreadByYaml11(node.value) ||
          BLANK_LINES.test(node.value) ||
          UNICODE_BREAKS.test(node.value))
      ) {
        node.type = "QUOTE_DOUBLE";
      }
    },
  });
  return document
    .toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY })
    .replace(/[\u0085\u2028\u2029]/g, (char) => BREAK_ESCAPES[char] ?? char);
}
