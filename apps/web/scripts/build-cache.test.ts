import { existsSync, statSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCache, buildCacheDir, digestOf } from "./build-cache.mjs";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "broadsheet-build-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("digestOf", () => {
  it("tells apart lists of parts that join to the same text", () => {
    expect(digestOf(["ab", "c"])).not.toBe(digestOf(["a", "bc"]));
  });

  it("gives text and its bytes the same digest", () => {
    expect(digestOf(["é"])).toBe(digestOf([Buffer.from("é")]));
  });
});

describe("buildCacheDir", () => {
  it("is .cache/web in the app, or BROADSHEET_WEB_CACHE against the working directory", () => {
    const configured = process.env.BROADSHEET_WEB_CACHE;
    try {
      delete process.env.BROADSHEET_WEB_CACHE;
      expect(buildCacheDir("/app")).toBe(path.resolve("/app/.cache/web"));
      process.env.BROADSHEET_WEB_CACHE = "ci-cache";
      expect(buildCacheDir("/app")).toBe(path.resolve("/app/ci-cache"));
    } finally {
      if (configured === undefined) delete process.env.BROADSHEET_WEB_CACHE;
      else process.env.BROADSHEET_WEB_CACHE = configured;
    }
  });
});

describe("buildCache", () => {
  it("gives back what was written under a key, and nothing for another key", () => {
    const cache = buildCache(dir, "og");
    const key = digestOf(["one"]);
    cache.write(key, "kept");
    expect(Buffer.from(cache.read(key) ?? []).toString()).toBe("kept");
    expect(cache.read(digestOf(["two"]))).toBeUndefined();
  });

  it("keeps a finished file and puts it back as a read-only hard link, or a copy across file systems", async () => {
    const cache = buildCache(path.join(dir, "cache"), "articles");
    const rendered = path.join(dir, "out", "a.html");
    await writeFile(path.join(dir, "a.html"), "page");
    expect(await cache.keep("k.html", path.join(dir, "a.html"))).toBe(true);
    expect(await cache.copyTo("k.html", rendered)).toBe(true);
    expect(await readFile(rendered, "utf8")).toBe("page");
    const linked = statSync(rendered);
    expect(linked.ino).toBe(statSync(path.join(dir, "a.html")).ino);
    expect(linked.mode & 0o222).toBe(0);
    const other = "/dev/shm";
    if (existsSync(other) && statSync(other).dev !== statSync(dir).dev) {
      const elsewhere = await mkdtemp(path.join(other, "broadsheet-build-cache-"));
      try {
        expect(await cache.copyTo("k.html", path.join(elsewhere, "a.html"))).toBe(true);
        expect(await readFile(path.join(elsewhere, "a.html"), "utf8")).toBe("page");
      } finally {
        await rm(elsewhere, { recursive: true, force: true });
      }
    }
  });

  it("leaves no temporary file behind", async () => {
    buildCache(dir, "css").write(digestOf(["one"]), "kept");
    const names = await readdir(path.join(dir, "css"), { recursive: true });
    expect(names.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps nothing, without failing, where the folder cannot be written", async () => {
    const notAFolder = path.join(dir, "file");
    await writeFile(notAFolder, "");
    const cache = buildCache(notAFolder, "og");
    expect(() => cache.write(digestOf(["one"]), "kept")).not.toThrow();
    expect(cache.read(digestOf(["one"]))).toBeUndefined();
  });
});
