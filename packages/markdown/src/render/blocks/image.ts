import type { Image } from "@broadsheet/article";
import type { ParserFamily } from "../../parser-family.js";
import { escapeHtml } from "../inline-html.js";
import type { BlockContext } from "../render-body.js";
import { renderDestination, renderTitle } from "../render-destination.js";
import { renderInline, renderText } from "../render-inline.js";

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
 * The image's alt text as the context's family shows it, from the inline writer's link text:
 * kramdown shows the backslash of an escape it does not know (`\~`): a reference instead.
 * markdown-it drops escapes (and the character after any backslash), references and code from
 * alt text, and Forem writes Redcarpet's source of it into `alt="…"` as it is: alt text needing
 * either (or holding `"` or `&` for Redcarpet) is an `<img>`. Hugo 0.111 shows escapes and its
 * typographer's references as written and drops HTML: `differs` says what it will show.
 */
export function imageAlt(block: Image, context: BlockContext = {}): AltForm {
  const { textFilter, family = "commonmark" } = context;
  const { alt } = block;
  const markdown = renderText(alt, { lineStart: false, linkText: true, textFilter, family });
  const exact = markdown === alt;
  switch (family) {
    case "kramdown":
      return {
        markdown: markdown.replace(/\\([!-/:-@[-`{-~])/g, (escaped, char: string) =>
          KRAMDOWN_ESCAPABLE.has(char) ? escaped : `&#${char.codePointAt(0)};`,
        ),
      };
    case "markdown-it":
      return exact && !alt.includes("\\") ? { markdown } : { markdown, html: true };
    case "redcarpet":
      return exact && !/["&]/.test(alt) ? { markdown } : { markdown, html: true };
    case "goldmark":
      if (exact && !TYPOGRAPHY.test(alt)) return { markdown };
      return { markdown, differs: `Hugo 0.111 shows the alt text as ${JSON.stringify(markdown)}` };
    default:
      return { markdown };
  }
}

/**
 * An `<img>` element in a paragraph of its own. For Redcarpet, whose HTML Forem runs Liquid over
 * after taking `{%` and `%}` out of attribute values, each `{` before `{` or `%` is Liquid
 * printing it, `{{ '{' }}`, and each `%` before `}` is `{{ '%' }}` (read back by the reader).
 */
function imageHtml(src: string, alt: string, family: ParserFamily): string {
  const shown =
    family === "redcarpet" ? alt.replace(/\{(?=[{%])|%(?=\})/g, (char) => `{{ '${char}' }}`) : alt;
  return `<p><img src="${escapeHtml(src)}" alt="${escapeHtml(shown)}"></p>`;
}

/** The image's title: the credit, then `WIDTHxHEIGHT`, after ` | `. */
function title(block: Image): string {
  const { width, height, credit } = block;
  const size = width === undefined && height === undefined ? "" : `${width ?? ""}x${height ?? ""}`;
  if (credit === undefined) return size && ` "${size}"`;
  const written = renderTitle(credit, /\|/g);
  const text =
    !size && /^(?:\d+x\d*|x\d+)$/.test(credit) ? written.replace("x", "&#120;") : written;
  return ` ${size ? `${text.slice(0, -1)} | ${size}${text[0]}` : text}`;
}

/**
 * `![alt](src "credit | WIDTHxHEIGHT")`, with the caption on the next line; the alt text in the
 * form the family shows (imageAlt), an `<img>` element where only HTML shows it exactly.
 */
export function renderImage(block: Image, context: BlockContext = {}): string {
  const { textFilter, family = "commonmark" } = context;
  const titled = title(block);
  const alt = imageAlt(block, context);
  const image =
    alt.html && !titled && block.caption === undefined
      ? imageHtml(block.src, block.alt, family)
      : `![${alt.markdown}](${renderDestination(block.src, family)}${titled})`;
  if (block.caption === undefined) return image;
  return `${image}\n${renderInline(block.caption, { blockStart: false, textFilter, family })}`;
}
