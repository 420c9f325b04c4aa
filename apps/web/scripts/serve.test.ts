import { mkdtemp, writeFile } from "node:fs/promises";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, createStaticServer } from "./serve.mjs";

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

describe("the static server", () => {
  const html = `<!doctype html><p>${"Broadsheet ".repeat(200)}</p>\n`;
  let origin: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), "broadsheet-serve-"));
    await writeFile(path.join(root, "page.html"), html);
    await writeFile(path.join(root, "404.html"), "<p>Page not found</p>");
    const server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterAll(() => close());

  function get(url: string, acceptEncoding?: string) {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
        request(`${origin}${url}`, { headers }, (response) => {
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
      },
    );
  }

  it("compresses pages the browser accepts compressed, and the same bytes come back", async () => {
    const br = await get("/page", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("accept-encoding");
    expect(br.body.length).toBeLessThan(html.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    const gzip = await get("/page", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(html);
  });

  it("sends plain bytes when no encoding is accepted, and 404s compressed too", async () => {
    const plain = await get("/page");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    const missing = await get("/nothing", "gzip");
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toContain("Page not found");
  });
});
