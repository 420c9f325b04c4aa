import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computeSiteCodeDigest } from "./site-code-digest.mjs";

let root: string;

/** A repository in `root` with a web app depending on package `a` (which depends on `c`) and not on `b`. */
async function writeRepository(): Promise<void> {
  const files: Record<string, string> = {
    "apps/web/package.json": JSON.stringify({ dependencies: { a: "workspace:*", react: "1" } }),
    "apps/web/page.tsx": "page",
    "packages/a/package.json": JSON.stringify({ name: "a", dependencies: { c: "workspace:*" } }),
    "packages/a/src/a.ts": "a",
    "packages/b/package.json": JSON.stringify({ name: "b" }),
    "packages/b/src/b.ts": "b",
    "packages/c/package.json": JSON.stringify({ name: "c" }),
    "packages/c/src/c.ts": "c",
    "patches/x.patch": "patch",
    "pnpm-lock.yaml": "lock",
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

const digest = () => computeSiteCodeDigest(path.join(root, "apps", "web"));

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "broadsheet-code-digest-"));
  await writeRepository();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("siteCodeDigest", () => {
  it("changes with the app, a package it depends on (directly or not), a patch or the lockfile", async () => {
    const digests = [digest()];
    for (const file of [
      "apps/web/page.tsx",
      "packages/a/src/a.ts",
      "packages/c/src/c.ts",
      "patches/x.patch",
      "pnpm-lock.yaml",
    ]) {
      await writeFile(path.join(root, file), "changed");
      digests.push(digest());
    }
    expect(new Set(digests).size).toBe(digests.length);
  });

  it("stays the same when a package the app does not depend on changes, or the build output", async () => {
    const before = digest();
    await writeFile(path.join(root, "packages/b/src/b.ts"), "changed");
    await mkdir(path.join(root, "packages/a/dist"), { recursive: true });
    await writeFile(path.join(root, "packages/a/dist/a.js"), "built");
    expect(digest()).toBe(before);
  });
});
