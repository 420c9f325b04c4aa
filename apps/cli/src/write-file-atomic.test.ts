import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./test-binary.js";
import { writeFileAtomic } from "./write-file-atomic.js";

describe("writeFileAtomic", () => {
  it("writes a new file and leaves nothing else behind", async () => {
    const dir = await tempDir();
    await writeFileAtomic(join(dir, "a.md"), "new\n", { overwrite: false });
    expect(await readFile(join(dir, "a.md"), "utf8")).toBe("new\n");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it("refuses to replace a file unless told to, with EEXIST", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "a.md"), "old\n");
    await expect(
      writeFileAtomic(join(dir, "a.md"), "new\n", { overwrite: false }),
    ).rejects.toMatchObject({
      code: "EEXIST",
    });
    expect(await readFile(join(dir, "a.md"), "utf8")).toBe("old\n");
    expect(await readdir(dir)).toEqual(["a.md"]);
    await writeFileAtomic(join(dir, "a.md"), "new\n", { overwrite: true });
    expect(await readFile(join(dir, "a.md"), "utf8")).toBe("new\n");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it("without syncNew, still creates a file whole and refuses to replace one without overwrite", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.md");
    await writeFileAtomic(file, Buffer.from("new\n"), { overwrite: false, syncNew: false });
    expect(await readFile(file, "utf8")).toBe("new\n");
    await expect(
      writeFileAtomic(file, "other\n", { overwrite: false, syncNew: false }),
    ).rejects.toMatchObject({ code: "EEXIST" });
    await writeFileAtomic(file, "other\n", { overwrite: true, syncNew: false });
    expect(await readFile(file, "utf8")).toBe("other\n");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it.each([true, false])(
    "lets exactly one of many racing writers create the file (syncNew %s)",
    async (syncNew) => {
      const dir = await tempDir();
      const writers = Array.from({ length: 20 }, (_, n) =>
        writeFileAtomic(join(dir, "a.md"), `writer ${n}\n`, { overwrite: false, syncNew }),
      );
      const outcomes = await Promise.allSettled(writers);
      const created = outcomes.flatMap((outcome, n) => (outcome.status === "fulfilled" ? [n] : []));
      expect(created).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "EEXIST" });
      }
      expect(await readFile(join(dir, "a.md"), "utf8")).toBe(`writer ${created[0]}\n`);
      expect(await readdir(dir)).toEqual(["a.md"]);
    },
  );

  it.each([true, false])(
    "fails in a missing folder without creating it (syncNew %s)",
    async (syncNew) => {
      const dir = await tempDir();
      await expect(
        writeFileAtomic(join(dir, "nope", "a.md"), "x", { overwrite: false, syncNew }),
      ).rejects.toMatchObject({ code: "ENOENT" });
      expect(await readdir(dir)).toEqual([]);
    },
  );
});
