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

const REDCARPET_REFERENCES: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "`": "&#96;",
};

const KRAMDOWN_REFERENCES: Readonly<Record<string, string>> = {
  "(": "&#40;",
  ")": "&#41;",
  "\\": "&#92;",
  "|": "&#124;",
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#96;",
};

/**
 * kramdown takes a destination as written, backslashes and all, to the `)` that balances its
 * parentheses; a `|` anywhere on a line can start a table. Its references reach the page as
 * written and the browser decodes them, so ``\ | < > ` `` are references (a backtick would pair
 * with another when a table row is split), and every parenthesis of a destination whose
 * parentheses are unbalanced (marked, reading the file back, misses the end of a `<…>`
 * destination holding `)*` inside emphasis).
 */
function kramdownDestination(href: string): string {
  const special = balancedParentheses(href) ? /[\\|<>`]/g : /[\\|<>`()]/g;
  return href
    .replace(CHARACTER_REFERENCE_AHEAD, "&amp;")
    .replace(special, (char) => KRAMDOWN_REFERENCES[char] as string);
}

/**
 * A link destination that the family's parser reads as `href`. CommonMark: backslashes,
 * backticks, angle and square brackets escaped; parentheses escaped unless balanced, or the
 * whole destination written between `<` and `>` when it holds an ASCII control character; the
 * `&` of a character-reference look-alike written `&amp;` (marked passes references in URLs to
 * the browser undecoded, so an escaped `\&amp;` would reach it as `&`). Redcarpet as CommonMark,
 * with `"` `<` `>` and the backtick as references: Forem's renderer writes the destination into
 * `href="…"` unescaped, Redcarpet drops a `<` first and a `>` last even when escaped, and Forem
 * pairs backticks across the file to set code aside.
 * kramdown reads no escapes in a destination (see kramdownDestination).
 *
 * Only http(s) and mailto URLs are written, as the model allows: anything else (`javascript:`,
 * `data:`, a relative URL) in an article that skipped validation is a TypeError naming it.
 */
export function renderDestination(href: string, family: ParserFamily = "commonmark"): string {
  if (!SafeUrl.safeParse(href).success) {
    throw new TypeError(
      `cannot write the link destination ${JSON.stringify(href)}: it ${SAFE_URL_MESSAGE}; validate the article with parseArticle first`,
    );
  }
  if (family === "kramdown") return kramdownDestination(href);
  const redcarpet = family === "redcarpet";
  const escaped = href
    .replace(CHARACTER_REFERENCE_AHEAD, "&amp;")
    .replace(redcarpet ? /[\\`<>[\]"]/g : /[\\`<>[\]]/g, (char) =>
      redcarpet && char in REDCARPET_REFERENCES
        ? (REDCARPET_REFERENCES[char] as string)
        : `\\${char}`,
    );
  if (hasControl(href)) return `<${escaped}>`;
  return balancedParentheses(href) ? escaped : escaped.replace(/[()]/g, "\\$&");
}
