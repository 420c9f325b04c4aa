import { balancedParentheses } from "./balanced-parentheses.js";
import { CHARACTER_REFERENCE_AHEAD } from "./character-reference-ahead.js";

/**
 * A quoted link title that reads back as `title`; `also` escapes more characters. It is written
 * in double quotes, or in single quotes when it holds a `"` and no `'`, and escapes only what
 * can act there: the closing quote, a backslash at the end or before punctuation (any Unicode
 * punctuation or symbol: marked removes a backslash before those in titles), backticks,
 * and parentheses unless they are balanced (marked's emphasis scan skips a link by balancing
 * them). An `&` that starts a character-reference look-alike is written `&amp;`, not `\&`:
 * marked keeps references in titles undecoded for the browser, so `\&amp;` would show as `&`.
 */
export function renderTitle(title: string, also?: RegExp): string {
  const quote = title.includes('"') && !title.includes("'") ? "'" : '"';
  const parentheses = balancedParentheses(title) ? "" : "()";
  const special = new RegExp(`[${quote}\`${parentheses}]|\\\\(?=[\\p{P}\\p{S}]|$)`, "gu");
  let escaped = title.replace(special, "\\$&").replace(CHARACTER_REFERENCE_AHEAD, "&amp;");
  if (also) escaped = escaped.replace(also, "\\$&");
  return `${quote}${escaped}${quote}`;
}
