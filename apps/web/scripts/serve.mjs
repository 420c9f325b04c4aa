#!/usr/bin/env node
// A small static server for the exported site in out/, resolving URLs the way the production
// host should: /x -> x, x.html, x/index.html; anything else is 404.html with status 404. Text
// goes out compressed (Brotli or gzip, as the browser accepts), as from any real static host.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

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

const COMPRESSIBLE = /^(?:text\/|image\/svg\+xml|application\/(?:[\w.+-]+\+)?(?:json|xml))/;

/**
 * The encoding to send a response of `type` in for a request's `Accept-Encoding`: `br`, then
 * `gzip`, for text types only (PNG is compressed already); undefined for none.
 * @param {string} type
 * @param {string | undefined} acceptEncoding
 * @returns {"br" | "gzip" | undefined}
 */
export function chooseEncoding(type, acceptEncoding) {
  if (!COMPRESSIBLE.test(type) || !acceptEncoding) return undefined;
  const accepted = new Set(
    acceptEncoding
      .toLowerCase()
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, ...params]) => !params.some((param) => /^\s*q=0(?:\.0*)?\s*$/.test(param)))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return undefined;
}

/** @param {"br" | "gzip"} encoding */
function compressor(encoding) {
  return encoding === "br"
    ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
    : zlib.createGzip({ level: 9 });
}

/**
 * @param {string} file
 * @returns {Promise<boolean>}
 */
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file that answers a URL path, or undefined.
 * @param {string} root
 * @param {string} urlPath
 */
export async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ""));
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  const candidates = decoded.endsWith("/")
    ? [path.join(base, "index.html")]
    : [base, `${base}.html`, path.join(base, "index.html")];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return undefined;
}

/**
 * A server for a static export folder.
 * @param {string} root
 */
export function createStaticServer(root) {
  const absoluteRoot = path.resolve(root);
  return http.createServer(async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = await resolveFile(absoluteRoot, urlPath);
    const target = file ?? path.join(absoluteRoot, "404.html");
    const type =
      (file && SPECIAL_TYPES[/** @type {"/feed.xml"} */ (urlPath)]) ??
      CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(target))] ??
      "application/octet-stream";
    const encoding = chooseEncoding(type, request.headers["accept-encoding"]);
    response.writeHead(file ? 200 : 404, {
      "content-type": type,
      vary: "accept-encoding",
      ...(encoding ? { "content-encoding": encoding } : {}),
      "x-content-type-options": "nosniff",
      "cache-control": target.includes("/_next/static/")
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    const body = createReadStream(target).on("error", () => response.end());
    if (encoding) body.pipe(compressor(encoding)).pipe(response);
    else body.pipe(response);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? "out");
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  createStaticServer(root).listen(port, host, () => {
    console.log(`Broadsheet: serving ${root} on http://${host}:${port}/`);
  });
}
