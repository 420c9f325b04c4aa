import { PurgeCSS } from "purgecss";
import purgeHtml from "purgecss-from-html";

const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g;
const HEAD_CONTENT = /(<head\b[^>]*>)[\s\S]*?<\/head>/;

/**
 * The CSS rules whose selectors can match an element of `html`, by PurgeCSS with its HTML
 * extractor (tags, classes, ids and attributes of the parsed page). A selector list keeps only
 * the selectors that can match; at-rules (`prefers-color-scheme`, `print`) keep the rules inside
 * them that can; `:root`, `*` and pseudo-classes such as `:focus-visible` count as present;
 * custom properties that no kept rule reads are dropped; `@font-face` and `@keyframes` are kept
 * as they are.
 *
 * @param {string} css
 * @param {string} html
 * @returns {Promise<string>}
 */
export async function pruneCss(css, html) {
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: html, extension: "html" }],
    css: [{ raw: css }],
    extractors: [{ extractor: purgeHtml, extensions: ["html"] }],
    fontFace: false,
    keyframes: false,
    variables: true,
  });
  return result?.css.trim() ?? css;
}

/**
 * A page whose inline `<style>` elements carry only the rules that can match the page's
 * body. The head's content is left out of the matching (no rule styles `<meta>` or `<title>`),
 * which halves the extraction's work.
 *
 * @param {string} html
 * @returns {Promise<string>}
 */
export async function pruneInlineStyles(html) {
  const styles = [...html.matchAll(INLINE_STYLE)];
  if (styles.length === 0) return html;
  const page = html.replace(HEAD_CONTENT, "$1</head>");
  const pruned = await Promise.all(styles.map(([, css]) => pruneCss(css ?? "", page)));
  let index = 0;
  return html.replace(INLINE_STYLE, () => `<style>${pruned[index++]}</style>`);
}
