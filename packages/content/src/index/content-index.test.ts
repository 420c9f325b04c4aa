import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, rm, truncate, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ContentIndex } from "./content-index.js";
import { indexFileFor } from "./index-location.js";
import { INDEX_SCHEMA_VERSION } from "./index-schema.js";
import { countListed, pageListed } from "./library-queries.js";
import {
  indexedFolder,
  LONG_AGO,
  mtimeOf,
  numberedArticle,
  writeArticle,
} from "./test-index-folder.js";

async function refreshOnce(
  dir: string,
  files: string[],
  env: Record<string, string>,
  codeVersion?: string,
) {
  const index = await ContentIndex.open(dir, { env, ...(codeVersion && { codeVersion }) });
  try {
    const report = await index.refresh(files, true);
    const headlines = report.files.map((file) => (file.ok ? file.headline : "(invalid)"));
    return { report, headlines, location: index.location };
  } finally {
    index.close();
  }
}

describe("ContentIndex", () => {
  it("parses every file once, then none while nothing changes", async () => {
    const { dir, files, env, cache } = await indexedFolder(5);
    const first = await refreshOnce(dir, files, env);
    expect(first.report.parsed).toBe(5);
    expect(first.location).toBe(indexFileFor(dir, env));
    expect(first.location?.startsWith(cache)).toBe(true);
    const second = await refreshOnce(dir, files, env);
    expect(second.report.parsed).toBe(0);
    expect(second.report.rehashed).toBe(0);
    expect(second.headlines).toEqual(first.headlines);
  });

  it("keeps the index outside the content folder", async () => {
    const { dir, files } = await indexedFolder(1);
    const index = await ContentIndex.open(dir, { env: {} });
    await index.refresh(files, true);
    expect(index.location).toBe(
      join(dir, "..", ".cache", "broadsheet", index.location?.split("/").at(-1) ?? ""),
    );
    index.close();
    expect((await readdir(dir)).filter((name) => !name.endsWith(".json"))).toEqual([]);
  });

  it("parses again a file whose text changed", async () => {
    const { dir, files, env } = await indexedFolder(3);
    await refreshOnce(dir, files, env);
    await writeArticle(dir, "story-002.json", numberedArticle(2, { headline: "A new headline" }));
    const { report, headlines } = await refreshOnce(dir, files, env);
    expect(report.parsed).toBe(1);
    expect(headlines[1]).toBe("A new headline");
  });

  it("sees an edit that kept the size and put the mtime back", async () => {
    const { dir, files, env } = await indexedFolder(2);
    await refreshOnce(dir, files, env);
    const file = files[0] as string;
    const mtime = await mtimeOf(file);
    const same = numberedArticle(1, { headline: "Story NUMBER 1" });
    await writeFile(file, `${JSON.stringify(same)}\n`);
    await utimes(file, mtime, mtime);
    expect(await mtimeOf(file)).toEqual(mtime);
    const { report, headlines } = await refreshOnce(dir, files, env);
    expect(report.parsed).toBe(1);
    expect(headlines[0]).toBe("Story NUMBER 1");
  });

  it("hashes again, without parsing, a file touched but not changed", async () => {
    const { dir, files, env } = await indexedFolder(2);
    await refreshOnce(dir, files, env);
    const later = new Date(LONG_AGO.getTime() + 60_000);
    await utimes(files[1] as string, later, later);
    const { report } = await refreshOnce(dir, files, env);
    expect(report).toMatchObject({ parsed: 0, rehashed: 1 });
  });

  it("hashes again a file read within the file system's time granularity of its last change", async () => {
    const { dir, files, env } = await indexedFolder(1);
    const now = new Date();
    await utimes(files[0] as string, now, now);
    await refreshOnce(dir, files, env);
    const { report } = await refreshOnce(dir, files, env);
    expect(report).toMatchObject({ parsed: 0, rehashed: 1 });
  });

  it("rebuilds for another code version", async () => {
    const { dir, files, env } = await indexedFolder(3);
    await refreshOnce(dir, files, env, "one");
    expect((await refreshOnce(dir, files, env, "one")).report.parsed).toBe(0);
    expect((await refreshOnce(dir, files, env, "two")).report.parsed).toBe(3);
  });

  it("rebuilds for another schema version", async () => {
    const { dir, files, env } = await indexedFolder(2);
    const first = await refreshOnce(dir, files, env);
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(first.location as string);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run(
      String(INDEX_SCHEMA_VERSION - 1),
    );
    db.close();
    expect((await refreshOnce(dir, files, env)).report.parsed).toBe(2);
  });

  it("rebuilds a damaged index", async () => {
    const { dir, files, env } = await indexedFolder(3);
    const first = await refreshOnce(dir, files, env);
    const location = first.location as string;
    await writeFile(
      location,
      "this is not a database, and it is long enough to look like one".repeat(100),
    );
    await rm(`${location}-wal`, { force: true });
    await rm(`${location}-shm`, { force: true });
    const again = await refreshOnce(dir, files, env);
    expect(again.report.parsed).toBe(3);
    expect(again.headlines).toEqual(first.headlines);
    expect(again.location).toBe(location);
  });

  it("rebuilds a truncated index", async () => {
    const { dir, files, env } = await indexedFolder(40);
    const first = await refreshOnce(dir, files, env);
    const location = first.location as string;
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(location);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    await truncate(location, 4096 * 3);
    const again = await refreshOnce(dir, files, env);
    expect(again.headlines).toEqual(first.headlines);
  });

  it("rebuilds a deleted index", async () => {
    const { dir, files, env, cache } = await indexedFolder(2);
    const first = await refreshOnce(dir, files, env);
    await rm(cache, { recursive: true });
    const again = await refreshOnce(dir, files, env);
    expect(again.report.parsed).toBe(2);
    expect(again.headlines).toEqual(first.headlines);
  });

  it("works in memory when the cache cannot be written", async () => {
    const { dir, files, cache } = await indexedFolder(2);
    await writeFile(cache, "a file where the cache folder should be");
    const { report, location } = await refreshOnce(dir, files, {
      BROADSHEET_CACHE_DIR: join(cache, "sub"),
    });
    expect(location).toBeUndefined();
    expect(report.files.every((file) => file.ok)).toBe(true);
  });

  it("forgets deleted files and lists the rest newest first", async () => {
    const { dir, files, env } = await indexedFolder(4);
    await refreshOnce(dir, files, env);
    await rm(files[3] as string);
    const index = await ContentIndex.open(dir, { env });
    await index.refresh(files.slice(0, 3), true);
    expect(countListed(index)).toBe(3);
    expect(pageListed(index, "", 0, 10).map((row) => row.headline)).toEqual([
      "Story number 3",
      "Story number 2",
      "Story number 1",
    ]);
    index.close();
  });

  it("reads back the export records of one settings key in one map, by file name, and forgets a deleted file's", async () => {
    const { dir, files, env } = await indexedFolder(2);
    const index = await ContentIndex.open(dir, { env });
    try {
      await index.refresh(files, true);
      const record = (n: number) => ({
        hash: `hash-${n}`,
        output: `story-${n}.md`,
        size: 100 + n,
        mtimeMs: 1_765_000_000_000.123 + n,
        ctimeMs: 1_765_000_000_000.456 + n,
        ino: 2 ** 40 + n,
        warnings: "[]",
      });
      index.saveExportRecords("hugo", [
        { name: files[0] as string, ...record(1) },
        { name: files[1] as string, ...record(2) },
      ]);
      index.saveExportRecords("gfm", [{ name: files[0] as string, ...record(3) }]);
      expect(index.exportRecords("hugo")).toEqual(
        new Map([
          ["story-001.json", record(1)],
          ["story-002.json", record(2)],
        ]),
      );
      expect(index.exportRecords("devto")).toEqual(new Map());
      await rm(files[1] as string);
      await index.refresh([files[0] as string], true);
      expect([...index.exportRecords("hugo").keys()]).toEqual(["story-001.json"]);
    } finally {
      index.close();
    }
  });

  it("is safe for two processes refreshing the same index at once", async () => {
    const { dir, files, env } = await indexedFolder(300);
    const script = fileURLToPath(new URL("./test-refresh-process.mjs", import.meta.url));
    const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
    if (!existsSync(dist)) {
      if (process.env.CI) throw new Error("packages/content/dist is missing: run npm run build");
      console.warn(
        "skipped: build packages/content first (npm run build) for the two-process test",
      );
      return;
    }
    const run = () =>
      new Promise<string>((done, fail) => {
        const child = spawn(process.execPath, [script, dist, dir], {
          env: { ...process.env, ...env },
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        child.stdout.on("data", (chunk) => {
          out += chunk;
        });
        child.on("error", fail);
        child.on("exit", (code) => (code === 0 ? done(out) : fail(new Error(`exit ${code}`))));
      });
    const [a, b] = await Promise.all([run(), run()]);
    const expected = files.map((_, n) => `Story number ${n + 1}`).sort();
    expect(JSON.parse(a).sort()).toEqual(expected);
    expect(JSON.parse(b).sort()).toEqual(expected);
    const { report } = await refreshOnce(dir, files, env);
    expect(report.parsed).toBe(0);
  }, 60_000);
});
