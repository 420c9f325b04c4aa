import { CHARACTER_REFERENCE_AHEAD } from "./character-reference-ahead.js";

function balanced(href: string): boolean {
  let depth = 0;
  for (const char of href) {
    if (char === "(") depth++;
    else if (char === ")") depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

/**
 * A link destination that reads back as `href`: backslashes, backticks, angle and square
 * brackets and character-reference look-alikes escaped; parentheses escaped unless balanced.
 */
export function renderDestination(href: string): string {
  const escaped = href.replace(/[\\`<>[\]]/g, "\\$&").replace(CHARACTER_REFERENCE_AHEAD, "\\&");
  return balanced(href) ? escaped : escaped.replace(/[()]/g, "\\$&");
}
