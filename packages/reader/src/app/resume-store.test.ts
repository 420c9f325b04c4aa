import { execFileSync } from "node:child_process";
import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_POSITIONS_FILE_BYTES, positionsFile, ResumeStore } from "./resume-store.js";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function stateHome(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "broadsheet-state-"));
  made.push(dir);
  return dir;
}

describe("positionsFile", () => {
  it("lives under XDG_STATE_HOME, or ~/.local/state", () => {
    expect(positionsFile({ XDG_STATE_HOME: "/s" })).toBe("/s/broadsheet/positions.json");
    expect(positionsFile({ HOME: "/home/ada" })).toBe(
      "/home/ada/.local/state/broadsheet/positions.json",
    );
    expect(positionsFile({ XDG_STATE_HOME: "relative", HOME: "/h" })).toBe(
      "/h/.local/state/broadsheet/positions.json",
    );
  });
});

describe("ResumeStore", () => {
  it("remembers a position per article id across instances", async () => {
    const env = { XDG_STATE_HOME: await stateHome() };
    expect(new ResumeStore(env).load("a")).toBeUndefined();
    expect(new ResumeStore(env).save("a", { block: 7, fraction: 0.25 })).toBe(true);
    new ResumeStore(env).save("b", { block: 2, fraction: 0 });
    expect(new ResumeStore(env).load("a")).toEqual({ block: 7, fraction: 0.25 });
    expect(new ResumeStore(env).load("b")).toEqual({ block: 2, fraction: 0 });
  });

  it("forgets an article read back to its top", async () => {
    const env = { XDG_STATE_HOME: await stateHome() };
    const store = new ResumeStore(env);
    store.save("a", { block: 3, fraction: 0.5 });
    store.save("a", { block: -1, fraction: 0 });
    expect(store.load("a")).toBeUndefined();
  });

  it("writes atomically, leaving no temporary file behind", async () => {
    const home = await stateHome();
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    store.save("a", { block: 1, fraction: 0.5 });
    expect(await readdir(join(home, "broadsheet"))).toEqual(["positions.json"]);
    const saved = JSON.parse(await readFile(store.file, "utf8"));
    expect(saved.version).toBe(1);
    expect(saved.positions.a).toMatchObject({ block: 1, fraction: 0.5 });
  });

  it("reads a damaged file as empty, ignores bad entries and odd ids", async () => {
    const home = await stateHome();
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    store.save("a", { block: 1, fraction: 0.5 });
    await writeFile(store.file, "{ not json");
    const damaged = new ResumeStore({ XDG_STATE_HOME: home });
    expect(damaged.load("a")).toBeUndefined();
    expect(damaged.problem).toMatch(/damaged JSON.*replaced/);
    await writeFile(
      store.file,
      JSON.stringify({
        version: 1,
        positions: { a: { block: "x" }, b: { block: 1, fraction: 2 } },
      }),
    );
    expect(new ResumeStore({ XDG_STATE_HOME: home }).load("a")).toBeUndefined();
    expect(new ResumeStore({ XDG_STATE_HOME: home }).load("b")).toBeUndefined();
    expect(store.save("__proto__", { block: 4, fraction: 0.5 })).toBe(true);
    expect(store.load("__proto__")).toEqual({ block: 4, fraction: 0.5 });
  });

  it("reports failure instead of throwing when it cannot write", async () => {
    const home = await stateHome();
    await writeFile(join(home, "broadsheet"), "a file where the folder should be");
    expect(new ResumeStore({ XDG_STATE_HOME: home }).save("a", { block: 1, fraction: 0 })).toBe(
      false,
    );
  });
});

describe("ResumeStore with a positions file that is not its own", () => {
  async function positionsPath(): Promise<{ home: string; file: string }> {
    const home = await stateHome();
    await mkdir(join(home, "broadsheet"));
    return { home, file: join(home, "broadsheet", "positions.json") };
  }

  it("refuses a FIFO without waiting for a writer, and never writes to it", async () => {
    const { home, file } = await positionsPath();
    execFileSync("mkfifo", [file]);
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    expect(store.problem).toMatch(/^is a FIFO, not a regular file; reading positions are neither/);
    expect(store.load("a")).toBeUndefined();
    expect(store.save("a", { block: 3, fraction: 0.5 })).toBe(false);
    expect((await lstat(file)).isFIFO()).toBe(true);
    expect(await readdir(join(home, "broadsheet"))).toEqual(["positions.json"]);
  });

  it("refuses a symbolic link to /dev/zero without reading it, and keeps the link", async () => {
    const { home, file } = await positionsPath();
    await symlink("/dev/zero", file);
    const before = process.memoryUsage().rss;
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    expect(store.problem).toMatch(/^is a symbolic link to a character device, not a regular file/);
    expect(store.save("a", { block: 3, fraction: 0.5 })).toBe(false);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    expect(await readlink(file)).toBe("/dev/zero");
    expect(await readdir(join(home, "broadsheet"))).toEqual(["positions.json"]);
  });

  it("refuses a folder", async () => {
    const { home, file } = await positionsPath();
    await mkdir(file);
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    expect(store.problem).toMatch(/^is a folder, not a regular file/);
    expect(store.save("a", { block: 3, fraction: 0.5 })).toBe(false);
  });

  it("refuses a file over the size limit, and leaves it as it is", async () => {
    const { home, file } = await positionsPath();
    const big = `${JSON.stringify({ version: 1, positions: { a: { block: 1, fraction: 0 } } })}${" ".repeat(MAX_POSITIONS_FILE_BYTES)}`;
    await writeFile(file, big);
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    expect(store.problem).toMatch(/^is larger than 1024 KB; reading positions are neither/);
    expect(store.load("a")).toBeUndefined();
    expect(store.save("b", { block: 3, fraction: 0.5 })).toBe(false);
    expect(await readFile(file, "utf8")).toBe(big);
  });

  it("reads a file of exactly the size limit", async () => {
    const { home, file } = await positionsPath();
    const json = JSON.stringify({ version: 1, positions: { a: { block: 1, fraction: 0 } } });
    await writeFile(file, json + " ".repeat(MAX_POSITIONS_FILE_BYTES - json.length));
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    expect(store.problem).toBeUndefined();
    expect(store.load("a")).toEqual({ block: 1, fraction: 0 });
  });

  it("saves through a symbolic link to a regular file, keeping the link", async () => {
    const { home, file } = await positionsPath();
    const target = join(home, "elsewhere.json");
    await writeFile(target, JSON.stringify({ version: 1, positions: {} }));
    await symlink(target, file);
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    expect(store.problem).toBeUndefined();
    expect(store.save("a", { block: 3, fraction: 0.5 })).toBe(true);
    expect(await readlink(file)).toBe(target);
    expect(JSON.parse(await readFile(target, "utf8")).positions.a).toMatchObject({ block: 3 });
  });

  it("stops saving when the file is swapped for a FIFO while reading", async () => {
    const { home, file } = await positionsPath();
    const store = new ResumeStore({ XDG_STATE_HOME: home });
    execFileSync("mkfifo", [file]);
    expect(store.save("a", { block: 3, fraction: 0.5 })).toBe(false);
    expect((await lstat(file)).isFIFO()).toBe(true);
  });
});
