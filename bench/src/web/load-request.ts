import { request } from "node:http";

/** How one request of a load test ended. */
export interface LoadOutcome {
  /** The status code, or undefined when no complete response arrived. */
  status?: number;
  /** Body bytes received (as sent, before any decoding). */
  bytes: number;
  /** Milliseconds from issuing the request to the end of its body or its failure. */
  ms: number;
  /** `timeout`, `reset` (ECONNRESET / EPIPE / socket hang up) or another error code. */
  failure?: string;
}

/** The request as it goes out: the path and headers, plus a callback once it is fully written. */
export interface LoadRequest {
  origin: string;
  path: string;
  headers: Record<string, string>;
  timeoutMs: number;
  onSent?: () => void;
}

function failureName(error: NodeJS.ErrnoException): string {
  if (error.message === "timeout") return "timeout";
  if (error.code === "ECONNRESET" || error.code === "EPIPE" || error.message === "socket hang up")
    return "reset";
  return error.code ?? error.message;
}

/**
 * Sends one GET on a connection of its own (no keep-alive pool) and resolves with how it ended;
 * it never rejects, and gives up after `timeoutMs`.
 */
export function loadRequest({
  origin,
  path,
  headers,
  timeoutMs,
  onSent,
}: LoadRequest): Promise<LoadOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let bytes = 0;
    let settled = false;
    const settle = (outcome: Omit<LoadOutcome, "ms" | "bytes">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, bytes, ms: performance.now() - started });
    };
    const outgoing = request(`${origin}${path}`, { agent: false, headers }, (response) => {
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () => settle({ status: response.statusCode }));
      response.on("error", (error) => settle({ failure: failureName(error) }));
    });
    const timer = setTimeout(() => outgoing.destroy(new Error("timeout")), timeoutMs);
    outgoing.on("error", (error) => settle({ failure: failureName(error) }));
    outgoing.on("finish", () => onSent?.());
    outgoing.end();
  });
}
