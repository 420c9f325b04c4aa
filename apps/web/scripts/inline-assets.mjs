/** A stylesheet `<link>`, with its `href`. */
export const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"[^>]*>/g;
const SVG_ICON =
  /(<link\b(?=[^>]*\brel="icon")(?=[^>]*\btype="image\/svg\+xml")[^>]*\bhref=")([^"]+)("[^>]*>)/g;
const DATA_URI_ESCAPES = { "%": "%25", "#": "%23", '"': "%22", "<": "%3C", ">": "%3E" };

const TAG = /<[^>]*>/g;
const QUOTED_VALUE = /="([^"']*)"/g;

/**
 * SVG as a `data:` URI for a double-quoted attribute, escaping only what must be. Attribute
 * values without an apostrophe are quoted with apostrophes, which need no escape there; other
 * double quotes (in text, or around a value holding an apostrophe) are escaped.
 * @param {string} svg
 */
export function svgDataUri(svg) {
  const quoted = svg.replace(TAG, (tag) => tag.replace(QUOTED_VALUE, "='$1'"));
  const escaped = quoted.replace(
    /[%#"<>]/g,
    (character) => DATA_URI_ESCAPES[/** @type {keyof typeof DATA_URI_ESCAPES} */ (character)],
  );
  return `data:image/svg+xml,${escaped.replace(/\s+/g, " ").trim()}`;
}

/**
 * A page that needs no second request to render: each stylesheet `<link>` becomes a `<style>`
 * with the file's CSS, and an SVG icon `<link>` points at a `data:` URI of the file. `read`
 * returns the text of a site path (without its query), or undefined when there is no such file;
 * a link whose file is missing, or whose CSS could close the `<style>` element, stays as it is.
 *
 * @param {string} html
 * @param {(sitePath: string) => string | undefined} read
 * @returns {string}
 */
export function inlineAssets(html, read) {
  const sitePath = (/** @type {string} */ href) => href.split(/[?#]/)[0] ?? href;
  return html
    .replace(STYLESHEET, (link, /** @type {string} */ href) => {
      const css = href.startsWith("/") ? read(sitePath(href)) : undefined;
      if (css === undefined || /<\/style/i.test(css)) return link;
      return `<style>${css.trim()}</style>`;
    })
    .replace(SVG_ICON, (link, before, /** @type {string} */ href, after) => {
      const svg = href.startsWith("/") ? read(sitePath(href)) : undefined;
      return svg === undefined ? link : `${before}${svgDataUri(svg)}${after}`;
    });
}
