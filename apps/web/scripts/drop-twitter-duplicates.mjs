/** A `twitter:` meta tag as Next.js writes it: its name after `twitter:`, and its content. */
export const TWITTER_TAG = /<meta name="twitter:([\w:]+)" content="([^"]*)"\/>/g;
const FALLS_BACK_TO_OPEN_GRAPH = new Set([
  "title",
  "description",
  "image",
  "image:type",
  "image:width",
  "image:height",
]);

/**
 * A page without the `twitter:` tags that repeat an OpenGraph tag of the same value. Next.js
 * copies title, description and image from OpenGraph into `twitter:` tags; X reads
 * `og:title`, `og:description` and `og:image` when those are absent, and has no
 * `twitter:image:type`, `:width` or `:height` at all. `twitter:card` (no OpenGraph equivalent)
 * and `twitter:image:alt` (X reads no OpenGraph fallback for it) stay, as does any `twitter:` tag
 * whose value differs from its OpenGraph tag.
 *
 * @param {string} html
 * @returns {string}
 */
export function dropTwitterDuplicates(html) {
  return html.replace(TWITTER_TAG, (tag, /** @type {string} */ name, content) =>
    FALLS_BACK_TO_OPEN_GRAPH.has(name) &&
    html.includes(`<meta property="og:${name}" content="${content}"/>`)
      ? ""
      : tag,
  );
}
