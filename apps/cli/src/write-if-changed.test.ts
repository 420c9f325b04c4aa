import { mkdir, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./test-binary.js";
import { writeIfChanged } from "./write-if-changed.js";

describe("writeIfChanged", () => {
  it("creates a missing file", async () => {
    const dir = await tempDir();
    expect(await writeIfChanged(join(dir, "a.md"), "café\n", { force: false })).toBe("written");
    expect(await readFile(join(dir, "a.md"), "utf8")).toBe("café\n");
  });

  it("leaves a file with the same text alone, mtime and all, with or without force", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.md");
    await writeFile(file, "same\n");
    const past = new Date("2020-01-01T00:00:00Z");
    await utimes(file, past, past);
    for (const force of [false, true]) {
      expect(await writeIfChanged(file, "same\n", { force })).toBe("unchanged");
    }
    expect((await stat(file)).mtime).toEqual(past);
  });

  it("skips a file with other text unless forced, then replaces it", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.md");
    // The same length, so the bytes are compared, not only the sizes.
    await writeFile(file, "old!\n");
    expect(await writeIfChanged(file, "new!\n", { force: false })).toBe("skipped");
    expect(await readFile(file, "utf8")).toBe("old!\n");
    expect(await writeIfChanged(file, "new!\n", { force: true })).toBe("written");
    expect(await readFile(file, "utf8")).toBe("new!\n");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it("fails on a folder in the way, with EISDIR", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "a.md"));
    await expect(writeIfChanged(join(dir, "a.md"), "x", { force: true })).rejects.toMatchObject({
      code: "EISDIR",
    });
  });
});
