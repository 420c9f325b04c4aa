/**
 * @typedef {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => Promise<void> | void} Handler
 */

/**
 * The short text of an error for a log: its code and message, never its stack.
 *
 * @param {unknown} error
 * @returns {string}
 */
function describe(error) {
  if (error instanceof Error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * `handler` made safe for a server: an error it throws (or rejects with) is logged in one line
 * (`log` sanitises) and answered 500 if the status line has not gone out yet, else the
 * connection is closed so the client sees the response is incomplete; it never reaches the
 * process.
 *
 * @param {Handler} handler
 * @param {(message: string) => void} log
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
export function answerErrors(handler, log) {
  return (request, response) => {
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error) => {
        try {
          log(`500 ${request.method} ${request.url}: ${describe(error)}`);
        } catch {}
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const body = "Internal server error\n";
        try {
          response
            .writeHead(500, {
              "content-type": "text/plain; charset=utf-8",
              "content-length": Buffer.byteLength(body),
              connection: "close",
            })
            .end(body);
        } catch {
          response.destroy();
        }
      });
  };
}
