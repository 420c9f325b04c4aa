import { RemoteError } from "../remote-error.js";
import { networkFailure, statusFailure } from "./failure.js";
import { OverCap, readCappedBody } from "./read-capped-body.js";
import { redirectTarget } from "./web-url.js";

/** What one request (one step of a redirect chain) gave. */
export type Answer =
  | { kind: "redirect"; location: URL }
  | { kind: "not-modified"; etag: string | undefined; lastModified: string | undefined }
  | {
      kind: "body";
      status: number;
      contentType: string | undefined;
      etag: string | undefined;
      lastModified: string | undefined;
      bytes: Uint8Array;
    };

/** The settings one request needs, defaults filled in. */
export interface RequestSettings {
  headers: Record<string, string>;
  maxBytes: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  allowHttpsToHttp: boolean;
  signal: AbortSignal | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(host: string, maxBytes: number): RemoteError {
  return new RemoteError(
    "too-large",
    `${host}: the answer is larger than the ${megabytes(maxBytes)} cap: not read; it is not a feed or an article page, or raise maxBytes`,
  );
}

type StopReason = "connect" | "total" | "caller" | "cap";

function stopped(host: string, reason: StopReason, settings: RequestSettings): RemoteError {
  if (reason === "connect") {
    return new RemoteError(
      "timeout",
      `${host}: no answer within ${seconds(settings.connectTimeoutMs)}: the server is down or overloaded; try again later`,
    );
  }
  if (reason === "total") {
    return new RemoteError(
      "timeout",
      `${host}: the answer took longer than ${seconds(settings.totalTimeoutMs)} to arrive: the server is too slow; try again later`,
    );
  }
  if (reason === "cap") return tooLarge(host, settings.maxBytes);
  return new RemoteError("aborted", `${host}: the fetch was cancelled`);
}

function header(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

async function answerOf(response: Response, url: URL, settings: RequestSettings): Promise<Answer> {
  if (REDIRECTS.has(response.status)) {
    await discard(response);
    return {
      kind: "redirect",
      location: redirectTarget(url, response.headers.get("location"), settings.allowHttpsToHttp),
    };
  }
  const conditional =
    settings.headers["if-none-match"] !== undefined ||
    settings.headers["if-modified-since"] !== undefined;
  if (response.status === 304 && conditional) {
    await discard(response);
    return {
      kind: "not-modified",
      etag: header(response, "etag"),
      lastModified: header(response, "last-modified"),
    };
  }
  if (response.status < 200 || response.status > 299) {
    await discard(response);
    throw statusFailure(url.host, response.status);
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > settings.maxBytes) {
    await discard(response);
    throw tooLarge(url.host, settings.maxBytes);
  }
  return {
    kind: "body",
    status: response.status,
    contentType: header(response, "content-type"),
    etag: header(response, "etag"),
    lastModified: header(response, "last-modified"),
    bytes: await readCappedBody(response.body, settings.maxBytes),
  };
}

/**
 * One GET, redirects not followed, under two clocks: `connectTimeoutMs` until the headers arrive
 * and `totalTimeoutMs` until the last byte. Every failure is a one-line {@link RemoteError}.
 */
export async function requestOnce(url: URL, settings: RequestSettings): Promise<Answer> {
  const controller = new AbortController();
  let reason: StopReason | undefined;
  const stop = (why: StopReason): void => {
    reason ??= why;
    controller.abort();
  };
  const connectTimer = setTimeout(() => stop("connect"), settings.connectTimeoutMs);
  const totalTimer = setTimeout(() => stop("total"), settings.totalTimeoutMs);
  const onCallerAbort = (): void => stop("caller");
  settings.signal?.addEventListener("abort", onCallerAbort, { once: true });
  if (settings.signal?.aborted) stop("caller");
  try {
    const response = await fetch(url, {
      headers: settings.headers,
      redirect: "manual",
      signal: controller.signal,
    });
    clearTimeout(connectTimer);
    return await answerOf(response, url, settings);
  } catch (error) {
    if (error instanceof OverCap) stop("cap");
    if (reason !== undefined) throw stopped(url.host, reason, settings);
    throw networkFailure(url.host, error);
  } finally {
    clearTimeout(connectTimer);
    clearTimeout(totalTimer);
    settings.signal?.removeEventListener("abort", onCallerAbort);
  }
}
