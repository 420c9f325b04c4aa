import { CHARACTER_REFERENCE_AHEAD } from "./character-reference-ahead.js";

/**
 * A double-quoted link title that reads back as `title`; `also` escapes more characters.
 * Parentheses are escaped too: marked's emphasis scan skips links by balancing them.
 */
export function renderTitle(title: string, also?: RegExp): string {
  let escaped = title.replace(/[\\"`<()]/g, "\\$&").replace(CHARACTER_REFERENCE_AHEAD, "\\&");
  if (also) escaped = escaped.replace(also, "\\$&");
  return `"${escaped}"`;
}
