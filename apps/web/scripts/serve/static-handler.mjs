import path from "node:path";
import { pipeline } from "node:stream/promises";
import { chooseEncoding } from "./choose-encoding.mjs";
import { contentType } from "./content-types.mjs";
import { entityTag, matchesIfNoneMatch } from "./entity-tag.mjs";
import { openFile, openRegularFile } from "./open-file.mjs";
import { requestPath } from "./request-path.mjs";

/**
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 * @typedef {import("./open-file.mjs").OpenedFile} OpenedFile
 */

/**
 * Answers with a short plain-text body and closes the connection (bad requests, missing pages
 * without a 404 page).
 *
 * @param {Response} response
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
function answerText(response, status, text, headers = {}) {
  response
    .writeHead(status, {
      "content-type": "text/plain; charset=utf-8",
      "content-length": Buffer.byteLength(text),
      "x-content-type-options": "nosniff",
      ...headers,
    })
    .end(text);
}

/**
 * Streams a file too large for the cache as it is; a file that shrinks while it goes out ends
 * the connection instead of a short body under a longer Content-Length.
 *
 * @param {Response} response
 * @param {OpenedFile} opened
 */
async function streamFile(response, opened) {
  const size = Number(opened.stats.size);
  const stream = opened.handle.createReadStream({ start: 0, end: size - 1, autoClose: false });
  try {
    await pipeline(stream, response, { end: false });
  } catch {
    response.destroy();
    return;
  }
  if (stream.bytesRead === size) response.end();
  else response.destroy();
}

/**
 * Sends an open file with `status`: from the cache (compressed as the client accepts, with
 * Content-Length and, for 200, an ETag that `If-None-Match` turns into 304), or streamed when it
 * is too large for the cache.
 *
 * @param {Request} request
 * @param {Response} response
 * @param {OpenedFile} opened
 * @param {number} status
 * @param {string | undefined} urlPath
 * @param {import("./file-bytes-cache.mjs").FileBytesCache} cache
 */
async function sendFile(request, response, opened, status, urlPath, cache) {
  const type = contentType(opened.file, urlPath);
  const fits = cache.fits(opened.stats);
  const encoding = fits ? chooseEncoding(type, request.headers["accept-encoding"]) : undefined;
  const tag = status === 200 ? entityTag(opened.stats, encoding) : undefined;
  const headers = {
    vary: "accept-encoding",
    "x-content-type-options": "nosniff",
    "cache-control": opened.file.includes(`${path.sep}_next${path.sep}static${path.sep}`)
      ? "public, max-age=31536000, immutable"
      : "no-cache",
    ...(tag ? { etag: tag } : {}),
  };
  if (tag && matchesIfNoneMatch(request.headers["if-none-match"], tag)) {
    response.writeHead(304, headers).end();
    return;
  }
  if (!fits) {
    response.writeHead(status, {
      ...headers,
      "content-type": type,
      "content-length": String(opened.stats.size),
    });
    if (request.method === "HEAD") response.end();
    else await streamFile(response, opened);
    return;
  }
  const bytes = await cache.bytes(opened, encoding ?? "identity");
  response.writeHead(status, {
    ...headers,
    "content-type": type,
    ...(encoding ? { "content-encoding": encoding } : {}),
    "content-length": bytes.length,
  });
  response.end(request.method === "HEAD" ? undefined : bytes);
}

/**
 * The request handler of the static server for the folder `root` (absolute): HTTP/1.x only (505
 * otherwise, as nginx), GET and HEAD only (405 otherwise), 400 for a request target that is not a path or an http(s) URL, the file the
 * path names, else `404.html` with status 404.
 *
 * @param {string} root
 * @param {import("./file-bytes-cache.mjs").FileBytesCache} cache
 * @returns {(request: Request, response: Response) => Promise<void>}
 */
export function staticHandler(root, cache) {
  return async (request, response) => {
    if (request.httpVersionMajor > 1) {
      answerText(response, 505, "HTTP version not supported\n", { connection: "close" });
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      answerText(response, 405, "Method not allowed\n", { allow: "GET, HEAD" });
      return;
    }
    const urlPath = requestPath(request.url ?? "");
    if (urlPath === undefined) {
      answerText(response, 400, "Bad request\n", { connection: "close" });
      return;
    }
    const found = await openFile(root, urlPath);
    const opened = found ?? (await openRegularFile(path.join(root, "404.html")));
    if (!opened) {
      answerText(response, 404, "Not found\n");
      return;
    }
    try {
      await sendFile(
        request,
        response,
        opened,
        found ? 200 : 404,
        found ? urlPath : undefined,
        cache,
      );
    } finally {
      await opened.handle.close();
    }
  };
}
