import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { positionsFile, ResumeStore } from "./resume-store.js";

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
    expect(store.load("a")).toBeUndefined();
    await writeFile(
      store.file,
      JSON.stringify({
        version: 1,
        positions: { a: { block: "x" }, b: { block: 1, fraction: 2 } },
      }),
    );
    expect(store.load("a")).toBeUndefined();
    expect(store.load("b")).toBeUndefined();
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
