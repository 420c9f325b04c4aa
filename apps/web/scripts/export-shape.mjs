import { TWITTER_TAG } from "./drop-twitter-duplicates.mjs";
import { STYLESHEET } from "./inline-assets.mjs";
import { KEEP_RUNTIME_MARKER } from "./strip-runtime.mjs";

/**
 * Next.js's static export no longer has the shape the export step strips: the message names the
 * file, what the step expected and what it found.
 */
export class ExportShapeError extends Error {
  /**
   * @param {string} where a file or folder of the export
   * @param {string} expected
   * @param {string} found
   */
  constructor(where, expected, found) {
    super(
      `postexport: ${where}: expected ${expected}; found ${found}. Next.js's static export has ` +
        "changed shape: update scripts/postexport.mjs and the step named to the new output.",
    );
    this.name = "ExportShapeError";
  }
}

const RUNTIME_CHUNK = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]+\.js"/;
const RSC_PAYLOAD = /<script\b[^>]*>\s*self\.__next_f\.push\(/;
const TWITTER_META = /<meta\b[^>]*\bname="twitter:[^>]*>/g;
const LEFT_SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>/;
const COMMENT = /<!--[\s\S]*?-->/;
const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/;

/** What may stay in the export folder once the step is done, by path relative to it. */
const FINISHED_FILES = [
  { kind: "pages (.html)", pattern: /\.html$/ },
  { kind: "Markdown alternates (articles/<slug>.md)", pattern: /^articles\/[^/]+\.md$/ },
  { kind: "OpenGraph images (og/<slug>.png)", pattern: /^og\/[^/]+\.png$/ },
  {
    kind: "feed.xml, feed.json, sitemap.xml, robots.txt, icon.svg",
    pattern: /^(?:feed\.xml|feed\.json|sitemap\.xml|robots\.txt|icon\.svg)$/,
  },
  { kind: "sitemap files (sitemaps/<n>.xml)", pattern: /^sitemaps\/[1-9]\d*\.xml$/ },
  { kind: "static media (_next/static/media/)", pattern: /^_next\/static\/media\/[^/]+$/ },
  { kind: "scripts and styles a page still uses", pattern: /^_next\/static\/.+\.(?:js|css)$/ },
];

/**
 * The export folder before the step: the front page, and the Markdown alternates where the
 * route `app/markdown/[file]` writes them.
 *
 * @param {string[]} files paths relative to the export folder, with `/`
 */
export function checkExportedFolder(files) {
  if (!files.includes("index.html")) {
    throw new ExportShapeError("the export folder", "index.html (the front page)", "none");
  }
  if (!files.some((file) => /^markdown\/[^/]+\.md$/.test(file))) {
    throw new ExportShapeError(
      "the export folder",
      "the Markdown alternates as markdown/<slug>.md, to move to articles/",
      "no such file",
    );
  }
}

/**
 * A page as Next.js exported it, before the step: the runtime chunks and the inline RSC payload
 * the step strips, a stylesheet `<link>` it inlines, and `twitter:` tags in the one form it
 * reads. A page that keeps its runtime is not checked.
 *
 * @param {string} file
 * @param {string} html
 */
export function checkExportedPage(file, html) {
  if (html.includes(KEEP_RUNTIME_MARKER)) return;
  if (!RUNTIME_CHUNK.test(html)) {
    throw new ExportShapeError(
      file,
      'the App Router runtime as <script src="/_next/static/….js">',
      "no such script",
    );
  }
  if (!RSC_PAYLOAD.test(html)) {
    throw new ExportShapeError(
      file,
      "the RSC payload inline as <script>self.__next_f.push(…)</script>",
      "no such script",
    );
  }
  const stylesheets = [...html.matchAll(STYLESHEET)].map(([, href]) => href ?? "");
  if (!stylesheets.some((href) => href.startsWith("/_next/static/"))) {
    throw new ExportShapeError(
      file,
      'its stylesheet as <link rel="stylesheet" href="/_next/static/….css">',
      stylesheets.length > 0 ? `only ${stylesheets.join(", ")}` : "no stylesheet link",
    );
  }
  const twitter = html.match(TWITTER_META) ?? [];
  const readable = new Set(html.match(TWITTER_TAG) ?? []);
  const unreadable = twitter.find((tag) => !readable.has(tag));
  if (unreadable !== undefined) {
    throw new ExportShapeError(
      file,
      'twitter: tags as <meta name="twitter:…" content="…"/>',
      unreadable,
    );
  }
}

/**
 * A page after the step: no script but JSON-LD, no comment (a hydration marker the step does
 * not know), no stylesheet left as a link.
 *
 * @param {string} file
 * @param {string} html
 */
export function checkFinishedPage(file, html) {
  if (html.includes(KEEP_RUNTIME_MARKER)) return;
  const left = [
    { pattern: LEFT_SCRIPT, expected: "no script but JSON-LD once the runtime is stripped" },
    { pattern: COMMENT, expected: "no comment once the hydration markers are stripped" },
    { pattern: STYLESHEET_LINK, expected: "its stylesheet inlined as <style>" },
  ];
  for (const { pattern, expected } of left) {
    const found = pattern.exec(html);
    if (found) throw new ExportShapeError(file, expected, found[0].slice(0, 120));
  }
}

/**
 * The export folder after the step: only the kinds of file the site serves (the RSC payload
 * files and unused chunks are gone, whatever they are named).
 *
 * @param {string[]} files paths relative to the export folder, with `/`
 */
export function checkFinishedFolder(files) {
  for (const file of files) {
    if (!FINISHED_FILES.some(({ pattern }) => pattern.test(file))) {
      throw new ExportShapeError(
        file,
        `only ${FINISHED_FILES.map(({ kind }) => kind).join("; ")}`,
        "a file of none of these kinds",
      );
    }
  }
}
