import { STATUS_CODES } from "node:http";
import { RemoteError } from "../remote-error.js";

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA"]);
const UNREACHABLE_CODES = new Set(["EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "EHOSTDOWN"]);
const CLOSED_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "ECONNABORTED"]);
const TIMEOUT_CODES = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT"]);

/** The first error code (`ECONNREFUSED`, `CERT_HAS_EXPIRED`, …) in an error's causes. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z0-9_]{1,64}$/.test(code)) return code;
    const nested = (current as { errors?: unknown }).errors;
    current = Array.isArray(nested) && nested.length > 0 ? nested[0] : (current as Error).cause;
  }
  return undefined;
}

function isTlsCode(code: string): boolean {
  return /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code);
}

/**
 * The one line for a request that failed below HTTP: no such host, connection refused, a broken
 * certificate, a closed connection.
 *
 * @param host - `url.host`, as the URL parser wrote it (no control characters)
 * @param error - what `fetch` or the body's reader threw
 */
export function networkFailure(host: string, error: unknown): RemoteError {
  if (error instanceof RemoteError) return error;
  const code = errorCode(error);
  if (code === undefined) {
    return new RemoteError(
      "network",
      `${host}: the request failed: check your connection and try again`,
    );
  }
  if (DNS_CODES.has(code)) {
    return new RemoteError(
      "dns",
      `${host}: no such host (the name does not resolve, ${code}): check the address, or your connection`,
    );
  }
  if (code === "ECONNREFUSED") {
    return new RemoteError(
      "refused",
      `${host}: the connection was refused: no server answers there; check the address and port`,
    );
  }
  if (UNREACHABLE_CODES.has(code)) {
    return new RemoteError(
      "network",
      `${host}: the host cannot be reached (${code}): check your connection`,
    );
  }
  if (CLOSED_CODES.has(code)) {
    return new RemoteError(
      "network",
      `${host}: the connection was closed before the answer was complete (${code}): try again`,
    );
  }
  if (TIMEOUT_CODES.has(code)) {
    return new RemoteError(
      "timeout",
      `${host}: the connection timed out (${code}): try again later`,
    );
  }
  if (isTlsCode(code)) {
    return new RemoteError(
      "tls",
      `${host}: the site's certificate was refused (${code}): its https is broken; do not send it anything`,
    );
  }
  return new RemoteError("network", `${host}: the request failed (${code}): try again`);
}

function advice(status: number): string {
  if (status === 401 || status === 403)
    return "the page needs a login or refuses readers like this";
  if (status === 404) return "check the address";
  if (status === 410) return "the page was removed; unfollow it";
  if (status === 429) return "the site asks to be read less often; try again later";
  if (status >= 500) return "the site has a problem; try again later";
  return "check the address";
}

/**
 * The one line for an HTTP answer that is not a success: the status, its standard name (never
 * the server's own reason text) and what to try.
 */
export function statusFailure(host: string, status: number): RemoteError {
  const name = STATUS_CODES[status];
  const label = name === undefined ? String(status) : `${status} ${name}`;
  return new RemoteError(
    "http-status",
    `${host}: the server answered ${label}: ${advice(status)}`,
    status,
  );
}
