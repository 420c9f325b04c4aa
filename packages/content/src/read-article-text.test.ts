import { execFileSync } from "node:child_process";
import { mkdir, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "./limits.js";
import { readArticleText } from "./read-article-text.js";
import { tempDir } from "./test-fixtures.js";

async function errorOf(file: string) {
  const result = await readArticleText(file);
  if (result.ok) throw new Error(`expected ${file} to be rejected`);
  return result.error;
}

describe("readArticleText", () => {
  it("reads UTF-8 text", async () => {
    const file = join(await tempDir(), "a.md");
    await writeFile(file, "\uFEFFSão Paulo\n");
    expect(await readArticleText(file)).toEqual({ ok: true, text: "São Paulo\n" });
  });

  it("reports a missing file", async () => {
    const file = join(await tempDir(), "nope.md");
    expect(await errorOf(file)).toEqual({
      file,
      code: "not-found",
      message: "no such file or folder; check the path",
    });
  });

  it("reports a folder where a file is expected", async () => {
    const dir = join(await tempDir(), "folder.md");
    await mkdir(dir);
    expect(await errorOf(dir)).toMatchObject({
      code: "not-a-file",
      message: expect.stringMatching(/is a folder/),
    });
  });

  it("reports a file over the limit without reading it, naming the limit", async () => {
    const file = join(await tempDir(), "huge.md");
    await writeFile(file, "");
    await truncate(file, 20 * 1024 * 1024);
    expect(await errorOf(file)).toEqual({
      file,
      code: "too-large",
      message:
        "is 20 MB, over the 5 MB limit for an article; check it is the right file, or split it",
    });
  });

  it("reads a file of exactly the limit", async () => {
    const file = join(await tempDir(), "big.txt");
    await writeFile(file, "a".repeat(MAX_ARTICLE_BYTES));
    expect((await readArticleText(file)).ok).toBe(true);
  });

  it("reports binary files, and UTF-16 text as such", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "photo.md"),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    await writeFile(join(dir, "utf16.md"), Buffer.from("\uFEFFHello", "utf16le"));
    expect(await errorOf(join(dir, "photo.md"))).toMatchObject({
      code: "binary",
      message: expect.stringMatching(/is a binary file \(it contains NUL bytes\)/),
    });
    expect((await errorOf(join(dir, "utf16.md"))).message).toBe("is UTF-16 text; save it as UTF-8");
  });

  it("reports text that is not UTF-8 with the line of the first bad byte", async () => {
    const file = join(await tempDir(), "latin1.md");
    await writeFile(file, Buffer.from("headline\n\nS\xe3o Paulo\n", "latin1"));
    expect(await errorOf(file)).toEqual({
      file,
      line: 3,
      code: "encoding",
      message: "is not valid UTF-8 (byte 0xE3 at offset 11); save the file as UTF-8",
    });
  });

  it("refuses a named pipe instead of waiting on it", async () => {
    const fifo = join(await tempDir(), "pipe.md");
    execFileSync("mkfifo", [fifo]);
    expect(await errorOf(fifo)).toMatchObject({
      code: "not-a-file",
      message: expect.stringMatching(/not a regular file/),
    });
  });
});
