import { z } from "zod";
import { FORBIDDEN_TEXT_CHARACTERS, withoutForbidden } from "./forbidden-pattern.js";
import { type TextRules, textProblem } from "./text-problem.js";

export { FORBIDDEN_TEXT_CHARACTERS };

const SINGLE_LINE: TextRules = { lineBreaks: false, trimmed: false };
const LABEL: TextRules = { lineBreaks: false, trimmed: true };
const INLINE: TextRules = { lineBreaks: true, trimmed: false };

/** The message for text a pattern refused: the real cause, found by {@link textProblem}. */
function explain(rules: TextRules) {
  return (issue: { input?: unknown }): string =>
    (typeof issue.input === "string" ? textProblem(issue.input, rules) : undefined) ??
    "must be text without control characters, noncharacters or lone surrogates";
}

const singleLinePattern = new RegExp(`${withoutForbidden("\\t\\n\\u2028\\u2029")}`);
const labelPattern = new RegExp(
  `${withoutForbidden("\\t\\n\\u2028\\u2029")}(?!\\s)[\\s\\S]*(?<!\\s)$`,
);
const inlinePattern = new RegExp(withoutForbidden("\\t"));

/**
 * One line of plain text (an aside's title, an import note): no line breaks (`\n`, U+2028,
 * U+2029), tabs, control or bidi control characters, noncharacters or lone surrogates.
 */
export const SingleLineText = z.string().regex(singleLinePattern, { error: explain(SINGLE_LINE) });

/** Non-empty single-line text (a headline, a name, a caption) with no whitespace at either end. */
export const Label = z
  .string()
  .min(1, { error: "must not be empty" })
  .regex(labelPattern, { error: explain(LABEL) });

/**
 * Inline text: may carry hard line breaks (`\n`, and the separators U+2028 and U+2029), but no
 * tabs, control or bidi control characters, noncharacters or lone surrogates.
 */
export const InlineText = z.string().regex(inlinePattern, { error: explain(INLINE) });
