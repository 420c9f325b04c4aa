import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { decodeDocument } from "@broadsheet/feeds";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fetchResource } from "./fetch-resource.js";
import { expectOneLineFailure } from "./test-expect.js";
import { startTestServer, type TestServer } from "./test-server.js";
import { userAgentOf } from "./user-agent.js";

let server: TestServer;
let cacheDir: string;
let scratch: string;

beforeEach(async () => {
  server = await startTestServer();
  scratch = await mkdtemp(join(tmpdir(), "broadsheet-remote-"));
  cacheDir = join(scratch, "http");
});

afterEach(async () => {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

const FEED =
  '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>';

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

describe("conditional requests and the cache", () => {
  it("stores a 200 with its ETag, then serves the cached body on a 304", async () => {
    let bodies = 0;
    server.route("/feed.xml", (request, response) => {
      if (request.headers["if-none-match"] === '"v1"') {
        response.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      bodies++;
      response.writeHead(200, { "content-type": "application/atom+xml", etag: '"v1"' }).end(FEED);
    });
    const first = await fetchResource(`${server.origin}/feed.xml`, { cacheDir });
    expect(first).toMatchObject({
      url: `${server.origin}/feed.xml`,
      status: 200,
      contentType: "application/atom+xml",
      fromCache: false,
      notModified: false,
    });
    expect(text(first.bytes)).toBe(FEED);

    const second = await fetchResource(`${server.origin}/feed.xml`, { cacheDir });
    expect(second).toMatchObject({ status: 200, fromCache: true, notModified: true });
    expect(text(second.bytes)).toBe(FEED);
    expect(second.contentType).toBe("application/atom+xml");
    expect(second.fetchedAt.getTime()).toBeGreaterThanOrEqual(first.fetchedAt.getTime());
    expect(bodies).toBe(1);
    expect(server.requests[1]?.headers["if-none-match"]).toBe('"v1"');
  });

  it("revalidates with If-Modified-Since when the server gave Last-Modified", async () => {
    const lastModified = "Wed, 02 Dec 2026 10:00:00 GMT";
    server.route("/page", (request, response) => {
      if (request.headers["if-modified-since"] === lastModified) {
        response.writeHead(304).end();
        return;
      }
      response.writeHead(200, { "content-type": "text/html", "last-modified": lastModified });
      response.end("<p>page</p>");
    });
    await fetchResource(`${server.origin}/page`, { cacheDir });
    const second = await fetchResource(`${server.origin}/page`, { cacheDir });
    expect(second).toMatchObject({ notModified: true, fromCache: true, contentType: "text/html" });
    expect(text(second.bytes)).toBe("<p>page</p>");
    expect(server.requests[0]?.headers["if-modified-since"]).toBeUndefined();
    expect(server.requests[1]?.headers["if-modified-since"]).toBe(lastModified);
  });

  it("replaces the cached copy when the resource changed", async () => {
    let version = 1;
    server.route("/feed.xml", (request, response) => {
      const etag = `"v${version}"`;
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304).end();
        return;
      }
      response.writeHead(200, { etag }).end(`body ${version}`);
    });
    await fetchResource(`${server.origin}/feed.xml`, { cacheDir });
    version = 2;
    const changed = await fetchResource(`${server.origin}/feed.xml`, { cacheDir });
    expect(changed).toMatchObject({ notModified: false, fromCache: false });
    expect(text(changed.bytes)).toBe("body 2");
    const offline = await fetchResource(`${server.origin}/feed.xml`, { cacheDir, offline: true });
    expect(text(offline.bytes)).toBe("body 2");
  });

  it("reads offline from the cache with the time of the fetch, the server gone", async () => {
    server.route("/a.md", (_request, response) => {
      response.writeHead(200, { "content-type": "text/markdown; charset=utf-8" }).end("# Hello");
    });
    const online = await fetchResource(`${server.origin}/a.md`, { cacheDir });
    await server.close();
    const offline = await fetchResource(`${server.origin}/a.md`, { cacheDir, offline: true });
    expect(offline).toMatchObject({
      url: `${server.origin}/a.md`,
      status: 200,
      contentType: "text/markdown; charset=utf-8",
      fromCache: true,
      notModified: false,
    });
    expect(offline.fetchedAt.toISOString()).toBe(online.fetchedAt.toISOString());
    expect(text(offline.bytes)).toBe("# Hello");
  });

  it("fails offline with one line when the address was never fetched", async () => {
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/never`, { cacheDir, offline: true }),
      "offline-miss",
      server.host,
    );
    expect(error.message).toContain("never fetched");
    expect(server.requests).toHaveLength(0);
  });

  it("names cache files by a hash of the URL, never by its text", async () => {
    server.route("/feed.xml", (_request, response) => {
      response.writeHead(200).end("x");
    });
    await fetchResource(`${server.origin}/feed.xml?../../etc`, { cacheDir });
    const names = await readdir(cacheDir, { recursive: true });
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[0-9a-f]{2}(\/[0-9a-f]{64})?$/);
  });

  it("keeps nothing when the cache is off", async () => {
    server.route("/x", (_request, response) => {
      response.writeHead(200, { etag: '"1"' }).end("x");
    });
    await fetchResource(`${server.origin}/x`, { cacheDir: false });
    await fetchResource(`${server.origin}/x`, { cacheDir: false });
    expect(server.requests[1]?.headers["if-none-match"]).toBeUndefined();
  });

  it("does not cache a 203 or other success that is not 200", async () => {
    server.route("/partial", (_request, response) => {
      response.writeHead(203).end("x");
    });
    const result = await fetchResource(`${server.origin}/partial`, { cacheDir });
    expect(result.status).toBe(203);
    await expectOneLineFailure(
      fetchResource(`${server.origin}/partial`, { cacheDir, offline: true }),
      "offline-miss",
      server.host,
    );
  });
});

describe("what is sent", () => {
  it("names Broadsheet (and the version the caller gives), and accepts feeds, Markdown and HTML", async () => {
    server.route("/", (_request, response) => {
      response.writeHead(200).end();
    });
    await fetchResource(`${server.origin}/`, { cacheDir });
    await fetchResource(`${server.origin}/`, { cacheDir: false, userAgent: userAgentOf("1.2.3") });
    const headers = server.requests[0]?.headers;
    expect(headers?.["user-agent"]).toBe("Broadsheet (terminal news reader)");
    expect(server.requests[1]?.headers["user-agent"]).toBe(
      "Broadsheet/1.2.3 (terminal news reader)",
    );
    for (const type of ["application/atom+xml", "application/rss+xml", "application/feed+json"]) {
      expect(headers?.accept).toContain(type);
    }
    expect(headers?.accept).toContain("text/markdown");
    expect(headers?.accept).toContain("text/html");
  });
});

describe("the bytes, for the caller to decode", () => {
  it("gives the body as sent and its Content-Type, which decodeDocument reads", async () => {
    const latin = Buffer.from("<p>Caf\u00e9 \u0093Noir\u0094</p>", "latin1");
    server.route("/cafe", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(latin);
    });
    const result = await fetchResource(`${server.origin}/cafe`, { cacheDir });
    expect(Buffer.from(result.bytes).equals(latin)).toBe(true);
    expect(decodeDocument(result.bytes, result.contentType).text).toBe("<p>Café “Noir”</p>");
    const offline = await fetchResource(`${server.origin}/cafe`, { cacheDir, offline: true });
    expect(decodeDocument(offline.bytes, offline.contentType).text).toBe("<p>Café “Noir”</p>");
  });

  it("decompresses a gzip body", async () => {
    server.route("/zipped", (_request, response) => {
      response.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync("<feed/>"));
    });
    const result = await fetchResource(`${server.origin}/zipped`, { cacheDir });
    expect(text(result.bytes)).toBe("<feed/>");
  });
});

describe("refused before any I/O", () => {
  it.each([
    ["ftp://example.com/feed.xml", "ftp:"],
    ["file:///etc/passwd", "file:"],
    ["javascript:alert(1)", "javascript:"],
    ["data:text/html,<b>x</b>", "data:"],
    ["gopher://example.com/", "gopher:"],
  ])("%s", async (address, scheme) => {
    const error = await expectOneLineFailure(fetchResource(address, { cacheDir }), "scheme", "");
    expect(error.message.startsWith(`${scheme} addresses are not fetched`)).toBe(true);
    expect(existsSync(cacheDir)).toBe(false);
  });

  it("refuses text that is not a URL, and a URL with a password", async () => {
    await expectOneLineFailure(fetchResource("example.com/feed", { cacheDir }), "scheme", "");
    await expectOneLineFailure(
      fetchResource(`http://user:secret@${server.host}/`, { cacheDir }),
      "scheme",
      server.host,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe("failures are one line", () => {
  it.each([
    [404, "404 Not Found"],
    [410, "410 Gone"],
    [500, "500 Internal Server Error"],
    [503, "503 Service Unavailable"],
  ])("a %i names the status", async (status, label) => {
    server.route("/x", (_request, response) => {
      response.writeHead(status, "All Is Well").end("error page");
    });
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/x`, { cacheDir }),
      "http-status",
      server.host,
    );
    expect(error.status).toBe(status);
    expect(error.message).toContain(`the server answered ${label}`);
    expect(error.message).not.toContain("All Is Well");
  });

  it("a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const address = closed.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    await new Promise((resolve) => closed.close(resolve));
    const error = await expectOneLineFailure(
      fetchResource(`http://127.0.0.1:${port}/feed`, { cacheDir }),
      "refused",
      `127.0.0.1:${port}`,
    );
    expect(error.message).toContain("refused");
  });

  it("a host name that does not resolve", async () => {
    await expectOneLineFailure(
      fetchResource("http://no-such-host.invalid/feed.xml", { cacheDir }),
      "dns",
      "no-such-host.invalid",
    );
  });

  it("a connection closed in the middle of the body", async () => {
    server.route("/cut", (_request, response) => {
      response.writeHead(200, { "content-length": "1000" });
      response.write("only part");
      setTimeout(() => response.destroy(), 20);
    });
    await expectOneLineFailure(
      fetchResource(`${server.origin}/cut`, { cacheDir }),
      "network",
      server.host,
    );
  });

  it("a fetch cancelled by the caller", async () => {
    server.route("/slow", () => undefined);
    const controller = new AbortController();
    const pending = fetchResource(`${server.origin}/slow`, { cacheDir, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expectOneLineFailure(pending, "aborted", server.host);
  });
});
