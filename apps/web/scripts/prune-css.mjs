import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { PurgeCSS } from "purgecss";
import purgeHtml from "purgecss-from-html";
import { digestOf, digestOfFiles } from "./build-cache.mjs";

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

/** @type {string | undefined} */
let prunerDigest;

/** The digest of this file and the PurgeCSS packages it runs, computed once per process. */
function cssPrunerDigest() {
  const require = createRequire(import.meta.url);
  prunerDigest ??= digestOfFiles([
    fileURLToPath(import.meta.url),
    require.resolve("purgecss/package.json"),
    require.resolve("purgecss-from-html/package.json"),
  ]);
  return prunerDigest;
}

/**
 * A store of pruned stylesheets between builds: `read` and `write` by key, as
 * `buildCache(dir, "css")` of `build-cache.mjs` gives.
 *
 * @typedef {{ read(key: string): Uint8Array | undefined, write(key: string, value: string): void }} PrunedCssCache
 */

/**
 * {@link pruneCss} through `cache`, keyed by the pruner, the stylesheet and the page, so an
 * unchanged page is not pruned again.
 *
 * @param {string} css
 * @param {string} page
 * @param {PrunedCssCache | undefined} cache
 * @returns {Promise<string>}
 */
async function pruneCssCached(css, page, cache) {
  if (!cache) return pruneCss(css, page);
  const key = digestOf([cssPrunerDigest(), css, page]);
  const kept = cache.read(key);
  if (kept) return Buffer.from(kept).toString("utf8");
  const pruned = await pruneCss(css, page);
  cache.write(key, pruned);
  return pruned;
}

/**
 * A page whose inline `<style>` elements carry only the rules that can match the page's
 * body. The head's content is left out of the matching (no rule styles `<meta>` or `<title>`),
 * which halves the extraction's work. With a `cache`, a page pruned before with the same
 * stylesheet takes the result kept then.
 *
 * @param {string} html
 * @param {PrunedCssCache} [cache]
 * @returns {Promise<string>}
 */
export async function pruneInlineStyles(html, cache) {
  const styles = [...html.matchAll(INLINE_STYLE)];
  if (styles.length === 0) return html;
  const page = html.replace(HEAD_CONTENT, "$1</head>");
  const pruned = await Promise.all(styles.map(([, css]) => pruneCssCached(css ?? "", page, cache)));
  let index = 0;
  return html.replace(INLINE_STYLE, () => `<style>${pruned[index++]}</style>`);
}
