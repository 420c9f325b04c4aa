export { decodeHtml } from "./decode-html.js";
export type { HtmlError, HtmlResult } from "./html-result.js";
export { HTML_RULES, type HtmlRule } from "./html-rule.js";
export { HTML_IMPORTER, type HtmlImportOptions, htmlToArticle } from "./html-to-article.js";
export { MAX_ELEMENTS, MAX_HTML_LENGTH, MAX_NESTING_DEPTH } from "./limits.js";
export type { HtmlKind } from "./parse-document.js";
export { MAX_HEADLINE, UNTITLED } from "./read-headline.js";
