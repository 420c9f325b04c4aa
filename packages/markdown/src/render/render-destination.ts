import { SAFE_URL_MESSAGE, Span } from "@broadsheet/article";
import type { ParserFamily } from "../parser-family.js";
import { balancedParentheses } from "./balanced-parentheses.js";
import { CHARACTER_REFERENCE_AHEAD } from "./character-reference-ahead.js";

const SafeUrl = Span.shape.href.unwrap();

/** ASCII control characters end a destination unless it is written between `<` and `>`. */
function hasControl(href: string): boolean {
  for (const char of href) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A link destination that reads back as `href`: backslashes, backticks, angle and square
 * brackets escaped; parentheses escaped unless balanced, or the whole destination written
 * between `<` and `>` when it holds an ASCII control character; the `&` of a character-reference
 * look-alike written `&amp;` (marked passes references in URLs to the browser undecoded, so an
 * escaped `\&amp;` would reach it as `&`).
 *
 * Only http(s) and mailto URLs are written, as the model allows: anything else (`javascript:`,
 * `data:`, a relative URL) in an article that skipped validation is a TypeError naming it.
 */
export function renderDestination(href: string, _family?: ParserFamily): string {
  if (!SafeUrl.safeParse(href).success) {
    throw new TypeError(
      `cannot write the link destination ${JSON.stringify(href)}: it ${SAFE_URL_MESSAGE}; validate the article with parseArticle first`,
    );
  }
  const escaped = href.replace(/[\\`<>[\]]/g, "\\$&").replace(CHARACTER_REFERENCE_AHEAD, "&amp;");
  if (hasControl(href)) return `<${escaped}>`;
  return balancedParentheses(href) ? escaped : escaped.replace(/[()]/g, "\\$&");
}
