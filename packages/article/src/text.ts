import { z } from "zod";

/**
 * Characters that must never appear in article text: C0 controls other than tab and newline,
 * DEL, C1 controls, and the bidirectional embedding, override and isolate controls that can make
 * text display differently from how it reads ("Trojan Source").
 */
export const FORBIDDEN_TEXT_CHARACTERS =
  "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069";

const singleLinePattern = new RegExp(`^[^${FORBIDDEN_TEXT_CHARACTERS}\\t\\n]*$`);
const multiLinePattern = new RegExp(`^[^${FORBIDDEN_TEXT_CHARACTERS}\\t]*$`);

const forbiddenMessage =
  "must not contain control characters or bidirectional override characters; delete them";

/** One line of plain text (a headline, a name, a caption): no line breaks, no controls. */
export const SingleLineText = z
  .string()
  .regex(singleLinePattern, { error: `${forbiddenMessage} (line breaks are not allowed here)` });

/** Non-empty single-line text with surrounding whitespace disallowed. */
export const Label = SingleLineText.min(1, { error: "must not be empty" }).regex(/^\S(?:.*\S)?$/, {
  error: "must not start or end with whitespace",
});

/** Inline text that may carry hard line breaks (`\n`) but no other control characters. */
export const InlineText = z.string().regex(multiLinePattern, { error: forbiddenMessage });
