import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from "node:fs/promises";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, createFileBytesCache, createStaticServer } from "./serve.mjs";

describe("chooseEncoding", () => {
  it("prefers Brotli, then gzip, for text types only", () => {
    expect(chooseEncoding("text/html; charset=utf-8", "gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("application/feed+json; charset=utf-8", "gzip")).toBe("gzip");
    expect(chooseEncoding("image/svg+xml", "gzip")).toBe("gzip");
    expect(chooseEncoding("text/html", "br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("image/png", "gzip, br")).toBeUndefined();
    expect(chooseEncoding("text/html", undefined)).toBeUndefined();
    expect(chooseEncoding("text/html", "identity")).toBeUndefined();
  });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(
  origin: string,
  url: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(`${origin}${url}`, { headers, method, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on("error", reject)
      .end();
  });
}

async function serve(root: string, cache = createFileBytesCache()) {
  const server = createStaticServer(root, { cache });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cache,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("the static server", () => {
  const html = `<!doctype html><p>${"Broadsheet ".repeat(200)}</p>\n`;
  let root: string;
  let origin: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "broadsheet-serve-"));
    await writeFile(path.join(root, "page.html"), html);
    await writeFile(path.join(root, "404.html"), "<p>Page not found</p>");
    await writeFile(path.join(root, "feed.xml"), "<feed/>");
    await writeFile(path.join(root, "note.md"), "# Note\n");
    await writeFile(path.join(root, "blob.bin"), "binary");
    await mkdir(path.join(root, "_next", "static"), { recursive: true });
    await writeFile(path.join(root, "_next", "static", "a.css"), "p{color:red}");
    await mkdir(path.join(root, "folder"));
    await writeFile(path.join(root, "folder", "index.html"), "<p>folder</p>");
    ({ origin, close } = await serve(root));
  });

  afterAll(() => close());

  it("compresses pages the browser accepts compressed, and the same bytes come back", async () => {
    const br = await get(origin, "/page", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("accept-encoding");
    expect(br.body.length).toBeLessThan(html.length / 4);
    expect(br.headers["content-length"]).toBe(String(br.body.length));
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    const gzip = await get(origin, "/page", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers["content-length"]).toBe(String(gzip.body.length));
    expect(gunzipSync(gzip.body).toString()).toBe(html);
  });

  it("sends plain bytes when no encoding is accepted, and 404s compressed too", async () => {
    const plain = await get(origin, "/page");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-length"]).toBe(String(Buffer.byteLength(html)));
    expect(plain.body.toString()).toBe(html);
    const missing = await get(origin, "/nothing", { "accept-encoding": "gzip" });
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(gunzipSync(missing.body).toString()).toContain("Page not found");
  });

  it("resolves /x to x, x.html and x/index.html, with types and caching headers", async () => {
    const folder = await get(origin, "/folder");
    expect([folder.status, folder.body.toString()]).toEqual([200, "<p>folder</p>"]);
    expect((await get(origin, "/folder/")).body.toString()).toBe("<p>folder</p>");
    const types = await Promise.all(
      ["/feed.xml", "/note.md", "/blob.bin", "/page.html"].map(
        async (url) => (await get(origin, url)).headers["content-type"],
      ),
    );
    expect(types).toEqual([
      "application/atom+xml; charset=utf-8",
      "text/markdown; charset=utf-8",
      "application/octet-stream",
      "text/html; charset=utf-8",
    ]);
    const page = await get(origin, "/page");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    const asset = await get(origin, "/_next/static/a.css");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers HEAD with the headers of GET and no body, and other methods 405", async () => {
    const head = await get(origin, "/page", { "accept-encoding": "br" }, "HEAD");
    const full = await get(origin, "/page", { "accept-encoding": "br" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(full.headers["content-length"]);
    expect(head.headers.etag).toBe(full.headers.etag);
    const post = await get(origin, "/page", {}, "POST");
    expect([post.status, post.headers.allow]).toEqual([405, "GET, HEAD"]);
  });

  it("answers If-None-Match with 304 for the current ETag of each encoding only", async () => {
    const br = await get(origin, "/page", { "accept-encoding": "br" });
    const plain = await get(origin, "/page");
    expect(br.headers.etag).toMatch(/^"[0-9a-f-]+-br"$/);
    expect(plain.headers.etag).not.toBe(br.headers.etag);
    const again = await get(origin, "/page", {
      "accept-encoding": "br",
      "if-none-match": `"other", W/${br.headers.etag}`,
    });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([
      304,
      0,
      br.headers.etag,
    ]);
    const other = await get(origin, "/page", { "if-none-match": String(br.headers.etag) });
    expect(other.status).toBe(200);
    expect((await get(origin, "/page", { "if-none-match": "*" })).status).toBe(304);
  });
});

describe("the bytes cache", () => {
  it("never serves a changed, replaced or removed file from the cache", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "broadsheet-serve-change-"));
    const file = path.join(root, "page.html");
    await writeFile(file, "<p>version one</p>");
    await writeFile(path.join(root, "404.html"), "<p>gone</p>");
    await utimes(file, 1_000_000, 1_000_000);
    const { origin, cache, close } = await serve(root);
    try {
      const read = async () => {
        const reply = await get(origin, "/page", { "accept-encoding": "br" });
        return [reply.status, brotliDecompressSync(reply.body).toString()];
      };
      expect(await read()).toEqual([200, "<p>version one</p>"]);
      expect(await read()).toEqual([200, "<p>version one</p>"]);
      expect(cache.counts.compressions).toBe(1);
      await writeFile(file, "<p>version two</p>");
      await utimes(file, 1_000_000, 1_000_000);
      expect(await read()).toEqual([200, "<p>version two</p>"]);
      await writeFile(path.join(root, "next.html"), "<p>version three</p>");
      await rename(path.join(root, "next.html"), file);
      expect(await read()).toEqual([200, "<p>version three</p>"]);
      await rm(file);
      expect(await read()).toEqual([404, "<p>gone</p>"]);
    } finally {
      await close();
    }
  });

  it("keeps at most its byte limit, and streams files above its file limit", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "broadsheet-serve-bound-"));
    const pages = Array.from({ length: 20 }, (_, index) => `${index} ${"x".repeat(1000)}`);
    await Promise.all(
      pages.map((page, index) => writeFile(path.join(root, `p${index}.html`), page)),
    );
    const big = "big ".repeat(5000);
    await writeFile(path.join(root, "big.html"), big);
    const cache = createFileBytesCache({ maxBytes: 5000, maxFileBytes: 10_000 });
    const { origin, close } = await serve(root, cache);
    try {
      for (const [index, page] of pages.entries()) {
        expect((await get(origin, `/p${index}`)).body.toString()).toBe(page);
        expect(cache.counts.cachedBytes).toBeLessThanOrEqual(5000);
      }
      expect(cache.counts.cachedBytes).toBeGreaterThan(0);
      const streamed = await get(origin, "/big", { "accept-encoding": "br" });
      expect(streamed.headers["content-encoding"]).toBeUndefined();
      expect(streamed.headers["content-length"]).toBe(String(big.length));
      expect(streamed.body.toString()).toBe(big);
    } finally {
      await close();
    }
  });
});
