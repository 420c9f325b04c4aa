import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FETCH_DEFAULTS } from "./fetch-options.js";
import { fetchResource } from "./fetch-resource.js";
import { HostQueue } from "./host-queue.js";
import { expectOneLineFailure } from "./test-expect.js";
import { startTestServer, type TestServer, writeAndWait } from "./test-server.js";

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

const MB = 1024 * 1024;

describe("time-outs", () => {
  it("gives up on a server that never answers", async () => {
    server.route("/silent", () => undefined);
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/silent`, { cacheDir: false, connectTimeoutMs: 300 }),
      "timeout",
      server.host,
    );
    expect(error.message).toContain("no answer within 0.3 s");
  });

  it("gives up on a body that trickles in, one byte at a time", async () => {
    let sent = 0;
    server.route("/trickle", async (_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      while (await writeAndWait(response, "x")) {
        sent++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/trickle`, {
        cacheDir: false,
        connectTimeoutMs: 5000,
        totalTimeoutMs: 600,
      }),
      "timeout",
      server.host,
    );
    expect(error.message).toContain("took longer than 0.6 s");
    expect(sent).toBeGreaterThan(0);
  });
});

describe("the size cap", () => {
  /** Streams `total` bytes in 64 KiB chunks, waiting for the client to take each one. */
  function streamBody(path: string, total: number, declareLength: boolean): () => number {
    let written = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    server.route(path, async (_request, response) => {
      response.writeHead(200, declareLength ? { "content-length": String(total) } : {});
      while (written < total && (await writeAndWait(response, chunk))) written += chunk.length;
      response.end();
    });
    return () => written;
  }

  it("stops reading a 50 MB body at the 10 MiB default, the rest never sent", async () => {
    const written = streamBody("/huge", 50 * MB, false);
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/huge`, { cacheDir: false }),
      "too-large",
      server.host,
    );
    expect(error.message).toContain("larger than the 10.0 MB cap");
    expect(FETCH_DEFAULTS.maxBytes).toBe(10 * MB);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(written()).toBeGreaterThan(10 * MB);
    expect(written()).toBeLessThan(25 * MB);
  });

  it("refuses a declared Content-Length over the cap before reading the body", async () => {
    const written = streamBody("/declared", 50 * MB, true);
    await expectOneLineFailure(
      fetchResource(`${server.origin}/declared`, { cacheDir: false, maxBytes: MB }),
      "too-large",
      server.host,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(written()).toBeLessThan(16 * MB);
  });

  it("counts the bytes after decompression: a gzip bomb stops at the cap", async () => {
    const bomb = gzipSync(new Uint8Array(50 * MB));
    expect(bomb.length).toBeLessThan(MB);
    server.route("/bomb", (_request, response) => {
      response.writeHead(200, { "content-encoding": "gzip", "content-length": bomb.length });
      response.end(bomb);
    });
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/bomb`, { cacheDir: false, maxBytes: 2 * MB }),
      "too-large",
      server.host,
    );
    expect(error.message).toContain("2.0 MB cap");
    expect(server.requests[0]?.headers["accept-encoding"]).toContain("gzip");
  });

  it("reads a body of exactly the cap", async () => {
    server.route("/exact", (_request, response) => {
      response.writeHead(200).end(new Uint8Array(MB));
    });
    const result = await fetchResource(`${server.origin}/exact`, { cacheDir: false, maxBytes: MB });
    expect(result.bytes.length).toBe(MB);
  });
});

describe("requests per host", () => {
  function countInFlight(): { max: () => number } {
    let active = 0;
    let max = 0;
    server.route("/slow", async (_request, response) => {
      active++;
      max = Math.max(max, active);
      await new Promise((resolve) => setTimeout(resolve, 150));
      active--;
      response.writeHead(200).end("ok");
    });
    return { max: () => max };
  }

  it("keeps at most 4 requests in flight to one host, as the server sees them", async () => {
    const inFlight = countInFlight();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        fetchResource(`${server.origin}/slow?${index}`, { cacheDir: false }),
      ),
    );
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(inFlight.max()).toBe(FETCH_DEFAULTS.perHost);
    expect(FETCH_DEFAULTS.perHost).toBe(4);
  });

  it("takes a queue of its own with another limit", async () => {
    const inFlight = countInFlight();
    const hostQueue = new HostQueue(2);
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        fetchResource(`${server.origin}/slow?${index}`, { cacheDir: false, hostQueue }),
      ),
    );
    expect(inFlight.max()).toBe(2);
  });

  it("stops waiting for a place when the caller gives up", async () => {
    const hostQueue = new HostQueue(1);
    server.route("/hold", () => undefined);
    const holding = fetchResource(`${server.origin}/hold`, {
      cacheDir: false,
      hostQueue,
      connectTimeoutMs: 1000,
    });
    const controller = new AbortController();
    const waiting = fetchResource(`${server.origin}/hold`, {
      cacheDir: false,
      hostQueue,
      signal: controller.signal,
    });
    controller.abort();
    await expectOneLineFailure(waiting, "aborted", server.host);
    await expectOneLineFailure(holding, "timeout", server.host);
    expect(server.requests).toHaveLength(1);
  });
});
