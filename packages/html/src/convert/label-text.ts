import { type Inline, inlineText } from "@broadsheet/article";
import { cleanText } from "../clean-text.js";
import type { Notes } from "../notes.js";

/** Where a label is read: the notes, and the body block it belongs to (none for the headline). */
export interface LabelPlace {
  notes: Notes;
  at: () => number | undefined;
}

const BREAKS_AND_SPACES = /[\t\n\f\r \u2028\u2029]+/g;

/**
 * Text as the model's labels hold it (a caption, a credit, an alt text): made valid by the
 * model's character rules, on one line with runs of spaces and line breaks as one space, trimmed; undefined
 * when nothing is left.
 */
export function labelText(
  text: string | null | undefined,
  context: LabelPlace,
): string | undefined {
  if (!text) return undefined;
  const label = cleanText(text, context.notes, context.at()).replace(BREAKS_AND_SPACES, " ").trim();
  return label === "" ? undefined : label;
}

/** The plain text of inline content as a label. */
export function inlineLabel(content: Inline | undefined, context: LabelPlace): string | undefined {
  return content ? labelText(inlineText(content), context) : undefined;
}
