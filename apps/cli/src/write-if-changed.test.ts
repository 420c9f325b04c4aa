import { execFileSync } from "node:child_process";
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  stat,
  symlink,
  utimes,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./test-binary.js";
import { writeIfChanged } from "./write-if-changed.js";

describe("writeIfChanged", () => {
  it("told the target is absent, creates it without looking first", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.md");
    expect(await writeIfChanged(file, "new\n", { force: false, absent: true })).toEqual({
      outcome: "written",
    });
    expect(await readFile(file, "utf8")).toBe("new\n");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it("told the target is absent when it is not, still never replaces it without force", async () => {
    const dir = await tempDir();
    const same = join(dir, "same.md");
    const other = join(dir, "other.md");
    const folder = join(dir, "folder.md");
    await writeFile(same, "text\n");
    await writeFile(other, "by hand\n");
    await mkdir(folder);
    const stale = { force: false, absent: true };
    expect(await writeIfChanged(same, "text\n", stale)).toEqual({ outcome: "unchanged" });
    expect(await writeIfChanged(other, "text\n", stale)).toEqual({
      outcome: "skipped",
      existing: { kind: "file" },
    });
    await expect(writeIfChanged(folder, "text\n", stale)).rejects.toMatchObject({
      code: "EISDIR",
    });
    expect(await readFile(other, "utf8")).toBe("by hand\n");
    expect(await writeIfChanged(other, "text\n", { force: true, absent: true })).toEqual({
      outcome: "written",
    });
    expect(await readFile(other, "utf8")).toBe("text\n");
    expect((await readdir(dir)).sort()).toEqual(["folder.md", "other.md", "same.md"]);
  });

  it("creates a missing file", async () => {
    const dir = await tempDir();
    expect(await writeIfChanged(join(dir, "a.md"), "café\n", { force: false })).toEqual({
      outcome: "written",
    });
    expect(await readFile(join(dir, "a.md"), "utf8")).toBe("café\n");
  });

  it("leaves a file with the same text alone, mtime and all, with or without force", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.md");
    await writeFile(file, "same\n");
    const past = new Date("2020-01-01T00:00:00Z");
    await utimes(file, past, past);
    for (const force of [false, true]) {
      expect(await writeIfChanged(file, "same\n", { force })).toEqual({ outcome: "unchanged" });
    }
    expect((await stat(file)).mtime).toEqual(past);
  });

  it("skips a file with other text unless forced, then replaces it", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.md");
    // The same length, so the bytes are compared, not only the sizes.
    await writeFile(file, "old!\n");
    expect(await writeIfChanged(file, "new!\n", { force: false })).toEqual({
      outcome: "skipped",
      existing: { kind: "file" },
    });
    expect(await readFile(file, "utf8")).toBe("old!\n");
    expect(await writeIfChanged(file, "new!\n", { force: true })).toEqual({ outcome: "written" });
    expect(await readFile(file, "utf8")).toBe("new!\n");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it("calls racing writers of the same text written or unchanged, never skipped", async () => {
    const dir = await tempDir();
    for (let round = 0; round < 20; round++) {
      const file = join(dir, `${round}.md`);
      const results = await Promise.all(
        Array.from({ length: 8 }, () => writeIfChanged(file, "same\n", { force: false })),
      );
      const outcomes = results.map((result) => result.outcome);
      expect(outcomes.filter((outcome) => outcome === "written")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === "unchanged")).toHaveLength(7);
    }
    expect((await readdir(dir)).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("never follows a symbolic link: skips it unless forced, then replaces the link itself", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "real.md"), "same\n");
    await symlink("real.md", join(dir, "live.md"));
    await symlink("/nonexistent/target.md", join(dir, "dangling.md"));
    expect(await writeIfChanged(join(dir, "live.md"), "same\n", { force: false })).toEqual({
      outcome: "skipped",
      existing: { kind: "link", to: "real.md", missing: false },
    });
    expect(await writeIfChanged(join(dir, "dangling.md"), "x\n", { force: false })).toEqual({
      outcome: "skipped",
      existing: { kind: "link", to: "/nonexistent/target.md", missing: true },
    });
    expect(await readlink(join(dir, "dangling.md"))).toBe("/nonexistent/target.md");
    for (const name of ["live.md", "dangling.md"]) {
      expect(await writeIfChanged(join(dir, name), "new\n", { force: true })).toEqual({
        outcome: "written",
      });
      expect((await lstat(join(dir, name))).isFile()).toBe(true);
      expect(await readFile(join(dir, name), "utf8")).toBe("new\n");
    }
    expect(await readFile(join(dir, "real.md"), "utf8")).toBe("same\n");
  });

  it("never opens a FIFO in the way: skips it unless forced", async (context) => {
    const dir = await tempDir();
    const fifo = join(dir, "a.md");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      if (process.env.CI === "true") throw new Error("mkfifo is needed");
      context.skip("mkfifo is not available");
    }
    expect(await writeIfChanged(fifo, "", { force: false })).toEqual({
      outcome: "skipped",
      existing: { kind: "special", what: "named pipe (FIFO)" },
    });
    expect(await writeIfChanged(fifo, "x\n", { force: true })).toEqual({ outcome: "written" });
    expect(await readFile(fifo, "utf8")).toBe("x\n");
  });

  it("fails on a folder in the way, with EISDIR, forced or not", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "a.md"));
    for (const force of [false, true]) {
      await expect(writeIfChanged(join(dir, "a.md"), "x", { force })).rejects.toMatchObject({
        code: "EISDIR",
      });
    }
  });
});
