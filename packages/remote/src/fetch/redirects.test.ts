import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RemoteError } from "../remote-error.js";
import { fetchResource } from "./fetch-resource.js";
import { expectOneLineFailure } from "./test-expect.js";
import { startTestServer, type TestServer } from "./test-server.js";
import { redirectTarget } from "./web-url.js";

let server: TestServer;
let cacheDir: string;

beforeEach(async () => {
  server = await startTestServer();
  cacheDir = await mkdtemp(join(tmpdir(), "broadsheet-redirects-"));
});

afterEach(async () => {
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

function redirect(from: string, to: string, status = 302): void {
  server.route(from, (_request, response) => {
    response.writeHead(status, { location: to }).end();
  });
}

function final(path: string): void {
  server.route(path, (_request, response) => {
    response.writeHead(200, { "content-type": "text/plain" }).end(`at ${path}`);
  });
}

/** /hop1 → /hop2 → … → /hop<count> → /end */
function chain(count: number): void {
  for (let hop = 1; hop <= count; hop++) {
    redirect(`/hop${hop}`, hop === count ? "/end" : `/hop${hop + 1}`, 301);
  }
  final("/end");
}

describe("redirects", () => {
  it("follows a relative Location against the address that answered", async () => {
    redirect("/feeds/old", "new");
    final("/feeds/new");
    const result = await fetchResource(`${server.origin}/feeds/old`, { cacheDir });
    expect(result.url).toBe(`${server.origin}/feeds/new`);
    expect(new TextDecoder().decode(result.bytes)).toBe("at /feeds/new");
  });

  it.each([301, 302, 303, 307, 308])("follows a %i", async (status) => {
    redirect("/from", "/to", status);
    final("/to");
    const result = await fetchResource(`${server.origin}/from`, { cacheDir });
    expect(result.url).toBe(`${server.origin}/to`);
  });

  it("follows five redirects", async () => {
    chain(5);
    const result = await fetchResource(`${server.origin}/hop1`, { cacheDir });
    expect(result.url).toBe(`${server.origin}/end`);
    expect(server.requests.map((request) => request.path)).toEqual([
      "/hop1",
      "/hop2",
      "/hop3",
      "/hop4",
      "/hop5",
      "/end",
    ]);
  });

  it("refuses a sixth, without asking for it", async () => {
    chain(6);
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/hop1`, { cacheDir }),
      "redirect",
      server.host,
    );
    expect(error.message).toContain("more than 5 redirects");
    expect(server.requests).toHaveLength(6);
  });

  it("takes a lower maxRedirects", async () => {
    chain(2);
    await expectOneLineFailure(
      fetchResource(`${server.origin}/hop1`, { cacheDir, maxRedirects: 1 }),
      "redirect",
      server.host,
    );
  });

  it("refuses a redirect loop", async () => {
    redirect("/loop", "/loop");
    await expectOneLineFailure(
      fetchResource(`${server.origin}/loop`, { cacheDir }),
      "redirect",
      server.host,
    );
  });

  it.each([
    ["ftp://example.com/feed.xml", "ftp:"],
    ["file:///etc/passwd", "file:"],
    ["javascript:alert(1)", "javascript:"],
    ["data:text/plain,hello", "data:"],
  ])("refuses a redirect to %s", async (location, scheme) => {
    redirect("/away", location);
    const error = await expectOneLineFailure(
      fetchResource(`${server.origin}/away`, { cacheDir }),
      "redirect",
      server.host,
    );
    expect(error.message).toContain(`redirected to a ${scheme} address`);
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a redirect without a Location", async () => {
    server.route("/nowhere", (_request, response) => {
      response.writeHead(302).end();
    });
    await expectOneLineFailure(
      fetchResource(`${server.origin}/nowhere`, { cacheDir }),
      "redirect",
      server.host,
    );
  });

  it("caches the body under the first address and the last, for reading offline", async () => {
    redirect("/short", "/long/article.md");
    final("/long/article.md");
    await fetchResource(`${server.origin}/short`, { cacheDir });
    for (const path of ["/short", "/long/article.md"]) {
      const offline = await fetchResource(`${server.origin}${path}`, { cacheDir, offline: true });
      expect(offline.url).toBe(`${server.origin}/long/article.md`);
    }
  });
});

describe("redirectTarget: https down to http", () => {
  const secure = new URL("https://example.com/feed");

  it("is refused by default", () => {
    expect(() => redirectTarget(secure, "http://example.com/feed", false)).toThrow(RemoteError);
    expect(() => redirectTarget(secure, "http://example.com/feed", false)).toThrow(
      /^example\.com: the server redirected from https down to unencrypted http/,
    );
  });

  it("is followed when allowed", () => {
    expect(redirectTarget(secure, "http://example.com/feed", true).href).toBe(
      "http://example.com/feed",
    );
  });

  it("http up to https is always followed, the fragment dropped", () => {
    const target = redirectTarget(
      new URL("http://example.com/"),
      "https://example.com/a#top",
      false,
    );
    expect(target.href).toBe("https://example.com/a");
  });
});
