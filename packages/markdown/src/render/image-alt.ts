import type { ParserFamily } from "../parser-family.js";
import { escapeHtml } from "./inline-html.js";

/** What kramdown takes a backslash away from; before anything else it stays (its ESCAPED_CHARS). */
const KRAMDOWN_ESCAPABLE = new Set("\\.*_+-`()[]{}#!:|\"'$=<>");

/** What Goldmark's typographer turns into a reference, which Hugo 0.111 then shows in alt text. */
const TYPOGRAPHY = /['"]|--|\.\.\.|<<|>>/;

/** How alt text is written: as Markdown, or as an `<img>` element; what the page shows otherwise. */
export interface AltForm {
  markdown: string;
  html?: true;
  differs?: string;
}

/**
 * Alt text as the family shows it, from the escaping renderer's link text (`written`) for it:
 * - kramdown shows the backslash of an escape it does not know (`\~`): such a character is a
 *   character reference instead, which it passes to the page;
 * - markdown-it (Eleventy) drops escapes (with the character after any backslash), references
 *   and code from alt text, and Forem's
 *   renderer (dev.to) writes Redcarpet's source of it into `alt="…"` as it is, where `"` ends
 *   the attribute and `&` starts a reference: alt text that needs anything written otherwise,
 *   or holds `"` or `&` for Redcarpet, is an HTML `<img>` (both take raw HTML), `html`;
 * - Goldmark in Hugo 0.111 shows escapes and references as written and its typographer's
 *   references too, and Hugo drops raw HTML: alt text that needs either is written as for
 *   CommonMark, with `differs` saying what the page will show instead;
 * - CommonMark readers show the text of the link text.
 */
export function altForm(alt: string, written: string, family: ParserFamily): AltForm {
  switch (family) {
    case "kramdown":
      return {
        markdown: written.replace(/\\([!-/:-@[-`{-~])/g, (escaped, char: string) =>
          KRAMDOWN_ESCAPABLE.has(char) ? escaped : `&#${char.codePointAt(0)};`,
        ),
      };
    case "markdown-it":
      return written === alt && !alt.includes("\\")
        ? { markdown: written }
        : { markdown: written, html: true };
    case "redcarpet":
      return written === alt && !/["&]/.test(alt)
        ? { markdown: written }
        : { markdown: written, html: true };
    case "goldmark":
      return written === alt && !TYPOGRAPHY.test(alt)
        ? { markdown: written }
        : {
            markdown: written,
            differs: `Hugo 0.111 shows the alt text as ${JSON.stringify(written)}`,
          };
    default:
      return { markdown: written };
  }
}

const LIQUID_START = /\{(?=[{%])|%(?=\})/g;

/**
 * An `<img>` element in a paragraph of its own, for a family that shows no Markdown alt text
 * exactly. For Redcarpet,
 * whose HTML Forem runs Liquid over after taking `{%` and `%}` out of attribute values, each
 * `{` before `{` or `%` is Liquid printing it, `{{ '{' }}`, and each `%` before `}` is
 * `{{ '%' }}` (readImageHtml undoes both).
 */
export function imageHtml(src: string, alt: string, family: ParserFamily): string {
  const shown =
    family === "redcarpet" ? alt.replace(LIQUID_START, (char) => `{{ '${char}' }}`) : alt;
  return `<p><img src="${escapeHtml(src)}" alt="${escapeHtml(shown)}"></p>`;
}
