import { SAFE_URL_MESSAGE, Span } from "@broadsheet/article";
import type { ParserFamily } from "../parser-family.js";
import { REFERENCES } from "./inline-html.js";

const SafeUrl = Span.shape.href.unwrap();

/** An `&` that starts something a parser would read as a character reference. */
const CHARACTER_REFERENCE_AHEAD =
  /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/**
 * Whether every parenthesis in the text is part of a pair, one level deep at most: the form in
 * which both CommonMark and marked leave parentheses in a link destination or title alone.
 */
function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    depth += char === "(" ? 1 : char === ")" ? -1 : 0;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

/**
 * A link destination the family's parser reads as `href` (only http(s) and mailto URLs, as the
 * model allows: anything else is a TypeError naming it). CommonMark: ``\ ` < > [ ]`` escaped,
 * parentheses too unless balanced, all between `<` and `>` where it holds a control character;
 * the `&` of a reference look-alike `&amp;` (marked passes references in URLs on undecoded).
 * Redcarpet: `" < >` and the backtick as references (Forem writes the destination into
 * `href="…"` unescaped, Redcarpet drops an edge `<` or `>` even escaped, Forem pairs backticks
 * across the file). kramdown reads no escapes in a destination, and a `|` can start a table:
 * ``\ | < > ` `` are references (which the browser decodes), parentheses too when unbalanced.
 */
export function renderDestination(href: string, family: ParserFamily = "commonmark"): string {
  if (!SafeUrl.safeParse(href).success) {
    throw new TypeError(
      `cannot write the link destination ${JSON.stringify(href)}: it ${SAFE_URL_MESSAGE}; validate the article with parseArticle first`,
    );
  }
  const balanced = balancedParentheses(href);
  const amp = href.replace(CHARACTER_REFERENCE_AHEAD, "&amp;");
  const reference = (char: string) => REFERENCES[char] as string;
  if (family === "kramdown") return amp.replace(balanced ? /[\\|<>`]/g : /[\\|<>`()]/g, reference);
  const redcarpet = family === "redcarpet";
  const escaped = amp.replace(redcarpet ? /[\\`<>[\]"]/g : /[\\`<>[\]]/g, (char) =>
    redcarpet && /["<>`]/.test(char) ? reference(char) : `\\${char}`,
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this finds.
  if (/[\x00-\x1f\x7f]/.test(href)) return `<${escaped}>`;
  return balanced ? escaped : escaped.replace(/[()]/g, "\\$&");
}

/**
 * A quoted link title that reads back as `title` (`also`: more to escape), in double quotes or,
 * holding `"` and no `'`, single. Escaped: the closing quote, a backslash at the end or before
 * Unicode punctuation (marked drops it there), backticks, unbalanced parentheses (marked's
 * emphasis scan balances them); a reference look-alike's `&` is `&amp;` (marked passes it on).
 */
export function renderTitle(title: string, also?: RegExp): string {
  const quote = title.includes('"') && !title.includes("'") ? "'" : '"';
  const parentheses = balancedParentheses(title) ? "" : "()";
  const special = new RegExp(`[${quote}\`${parentheses}]|\\\\(?=[\\p{P}\\p{S}]|$)`, "gu");
  let escaped = title.replace(special, "\\$&").replace(CHARACTER_REFERENCE_AHEAD, "&amp;");
  if (also) escaped = escaped.replace(also, "\\$&");
  return `${quote}${escaped}${quote}`;
}
