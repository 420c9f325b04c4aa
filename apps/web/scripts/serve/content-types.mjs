import path from "node:path";

/** Content types by file extension; `.md` is Markdown and `.png` an image, as the issue asks. */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const SPECIAL_TYPES = { "/feed.xml": "application/atom+xml; charset=utf-8" };

/**
 * The content type of `file` served for the URL path `urlPath` (`/feed.xml` is Atom; other
 * types go by extension, `application/octet-stream` for unknown ones).
 *
 * @param {string} file
 * @param {string | undefined} urlPath undefined for the 404 page
 * @returns {string}
 */
export function contentType(file, urlPath) {
  return (
    (urlPath && SPECIAL_TYPES[/** @type {"/feed.xml"} */ (urlPath)]) ??
    CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(file))] ??
    "application/octet-stream"
  );
}
