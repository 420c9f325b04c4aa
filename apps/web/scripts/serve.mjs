#!/usr/bin/env node
// A small static server for the exported site in out/, resolving URLs the way the production
// host should: /x -> x, x.html, x/index.html; anything else is 404.html with status 404. Text
// goes out compressed (Brotli or gzip, as the browser accepts), each file compressed once and
// served from memory after that, as from any real static host.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answerErrors } from "./serve/answer-errors.mjs";
import { createFileBytesCache } from "./serve/file-bytes-cache.mjs";
import { logLine } from "./serve/log-line.mjs";
import { staticHandler } from "./serve/static-handler.mjs";

export { chooseEncoding } from "./serve/choose-encoding.mjs";
export { CONTENT_TYPES } from "./serve/content-types.mjs";
export { createFileBytesCache } from "./serve/file-bytes-cache.mjs";

const CONNECT_REFUSED =
  "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

/**
 * @typedef {object} StaticServerOptions
 * @property {import("./serve/file-bytes-cache.mjs").FileBytesCache} [cache] the bytes cache (a new one of 64 MiB by default)
 * @property {(message: string) => void} [log] where handler errors go (one sanitised line on stderr by default)
 */

/**
 * A server for a static export folder. Every request gets an answer: 400 for a request target
 * that is not a path or an http(s) URL, 405 for methods but GET and HEAD (CONNECT included), 500
 * (logged) for an error of the server; malformed requests get Node's 400/431.
 *
 * @param {string} root
 * @param {StaticServerOptions} [options]
 */
export function createStaticServer(root, { cache = createFileBytesCache(), log = logLine } = {}) {
  const server = http.createServer(answerErrors(staticHandler(path.resolve(root), cache), log));
  server.on("connect", (_request, socket) => {
    socket.on("error", () => {});
    socket.end(CONNECT_REFUSED);
  });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? "out");
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  const server = createStaticServer(root);
  server.on("error", (error) => {
    logLine(`cannot serve on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const listening = typeof address === "object" && address ? address.port : port;
    console.log(`Broadsheet: serving ${root} on http://${host}:${listening}/`);
  });
}
