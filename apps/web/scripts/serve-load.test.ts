import { mkdtemp, writeFile } from "node:fs/promises";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileBytesCache, createStaticServer } from "./serve.mjs";

function get(origin: string, url: string, acceptEncoding?: string) {
  return new Promise<{ status: number; encoding?: string; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    request(`${origin}${url}`, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: response.headers["content-encoding"],
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on("error", reject)
      .end();
  });
}

describe("the static server under concurrent load", () => {
  const html = `<!doctype html>${"<p>The council voted to extend the riverside path.</p>\n".repeat(400)}`;
  const cache = createFileBytesCache();
  let origin: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), "broadsheet-serve-load-"));
    await writeFile(path.join(root, "index.html"), html);
    await writeFile(path.join(root, "other.html"), `${html}<p>other</p>`);
    await writeFile(path.join(root, "404.html"), "<p>Page not found</p>");
    const server = createStaticServer(root, { cache });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterAll(() => close());

  it("answers 200 concurrent br requests alike from one compression", async () => {
    const replies = await Promise.all(Array.from({ length: 200 }, () => get(origin, "/", "br")));
    expect(replies.filter((reply) => reply.status === 200 && reply.encoding === "br").length).toBe(
      200,
    );
    const first = replies[0]?.body as Buffer;
    expect(replies.every((reply) => reply.body.equals(first))).toBe(true);
    expect(brotliDecompressSync(first).toString()).toBe(html);
    expect(cache.counts).toMatchObject({ reads: 1, compressions: 1 });
  });

  it("reads and compresses a file once per encoding under a mixed concurrent load", async () => {
    const before = { ...cache.counts };
    const encodings = ["br", "gzip", undefined] as const;
    const replies = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        get(origin, "/other", encodings[index % 3]).then((reply) => ({
          ...reply,
          asked: encodings[index % 3],
        })),
      ),
    );
    const decoded = replies.map((reply) =>
      reply.status !== 200 || reply.encoding !== reply.asked
        ? "wrong reply"
        : reply.asked === "br"
          ? brotliDecompressSync(reply.body).toString()
          : reply.asked === "gzip"
            ? gunzipSync(reply.body).toString()
            : reply.body.toString(),
    );
    expect(new Set(decoded)).toEqual(new Set([`${html}<p>other</p>`]));
    expect(cache.counts.reads - before.reads).toBe(3);
    expect(cache.counts.compressions - before.compressions).toBe(2);
  });
});
