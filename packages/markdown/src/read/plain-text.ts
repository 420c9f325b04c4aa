import type { Span } from "@broadsheet/article";
import type { ReadContext } from "./read-context.js";

/**
 * The text of spans that must be plain (alt text, captions, attributions); formatting or links
 * in them are reported, since the model would have to drop them.
 */
export function plainText(
  spans: readonly Span[],
  line: number,
  context: ReadContext,
  what: string,
): string {
  if (spans.some((span) => span.marks !== undefined || span.href !== undefined)) {
    context.error(line, `${what} is plain text; remove the formatting and links from it`);
  }
  return spans.map((span) => span.text).join("");
}
