/** Marks a page that needs its client runtime: the export step leaves such a page untouched. */
export const KEEP_RUNTIME_MARKER = "data-broadsheet-runtime";

const RUNTIME_SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*\/?>/g;
const HYDRATION_MARKERS =
  /<div hidden=""><!--\$--><!--\/\$--><\/div>|<!--\$--><!--\/\$-->|<!-- -->/g;

/**
 * A page without the App Router's client runtime: every `<script>` but JSON-LD data (the
 * runtime chunks, the hydration bootstrap and the inline RSC payload that repeats the article)
 * and every script preload go, and so do the markers only hydration reads (empty Suspense
 * boundaries, in a `<div hidden>` or bare, and the `<!-- -->` between adjacent text nodes, which
 * the browser joins anyway). Article text cannot match: React escapes `<` in text and
 * attributes, and JSON-LD escapes it as `\u003c`. Pages carrying {@link KEEP_RUNTIME_MARKER}
 * (a client component that needs hydration) come back unchanged.
 *
 * @param {string} html
 * @returns {string}
 */
export function stripRuntime(html) {
  if (html.includes(KEEP_RUNTIME_MARKER)) return html;
  return html
    .replace(RUNTIME_SCRIPT, "")
    .replace(SCRIPT_PRELOAD, "")
    .replace(HYDRATION_MARKERS, "");
}
