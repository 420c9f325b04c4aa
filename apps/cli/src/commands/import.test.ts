import {
  chmod,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  symlink,
  truncate,
  utimes,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectOneLineError,
  filesIn,
  run,
  tempDir,
  WIRE_STORY,
  writeFiles,
} from "../test-binary.js";

async function importedName(dir: string): Promise<string> {
  const written = (await filesIn(dir)).filter((name) => name.endsWith(".md"));
  expect(written).toHaveLength(1);
  return written[0] as string;
}

describe("broadsheet import", () => {
  it("writes <slug>.md into --out, says so, and leaves no temporary file", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "content"));
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--out", "content"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const name = await importedName(join(dir, "content"));
    expect(name).toMatch(/^[a-z0-9-]+\.md$/);
    expect(await filesIn(join(dir, "content"))).toEqual([name]);
    expect(result.stdout).toBe(`wrote ${join("content", name)}\n`);
    for (const line of result.stderr.split("\n").filter(Boolean)) {
      expect(line).toMatch(/^warning: (?:body\[\d+\] )?[a-z][a-z0-9-]*: \S/);
    }
    const markdown = await readFile(join(dir, "content", name), "utf8");
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain("Harbour Bridge Reopens");
  });

  it("writes into the current folder by default, and the result validates", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    expect((await run(["import", "story.txt"], { cwd: dir })).code).toBe(0);
    const name = await importedName(dir);
    const validated = await run(["validate", name], { cwd: dir });
    expect(validated.stderr).toBe("");
    expect(validated.code).toBe(0);
  });

  it("never replaces an existing file without --force, and replaces it with --force", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    await run(["import", "story.txt"], { cwd: dir });
    const name = await importedName(dir);
    await writeFile(join(dir, name), "edited by hand\n");

    const refused = await run(["import", "story.txt"], { cwd: dir });
    expectOneLineError(
      refused,
      1,
      new RegExp(`^broadsheet: ${name}: already exists with other text; pass --force`),
    );
    expect(await readFile(join(dir, name), "utf8")).toBe("edited by hand\n");
    expect(await filesIn(dir)).toEqual([name, "story.txt"].sort());

    const forced = await run(["import", "story.txt", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, name), "utf8")).toMatch(/^---\n/);
    expect(await filesIn(dir)).toEqual([name, "story.txt"].sort());
  });

  it("prints the Markdown with --stdout and writes nothing", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--stdout"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\n[\s\S]*Harbour Bridge Reopens/);
    expect(await filesIn(dir)).toEqual(["story.txt"]);
  });

  it("refuses --stdout with --out as a usage error", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--stdout", "--out", "."], { cwd: dir });
    expectOneLineError(result, 2, /cannot be used with option/);
  });

  it.each([
    [
      "a missing file",
      "nope.txt",
      2,
      /^broadsheet: nope\.txt: no such file or folder; check the path$/,
    ],
    ["a folder", "folder", 2, /^broadsheet: folder: is a folder, not a file/],
    [
      "invalid UTF-8",
      "latin1.txt",
      1,
      /^broadsheet: latin1\.txt:3: is not valid UTF-8 .*save the file as UTF-8$/,
    ],
    ["a 20 MB file", "huge.txt", 1, /^broadsheet: huge\.txt: is 20 MB, over the 5 MB limit/],
    [
      "a binary file",
      "photo.jpg",
      1,
      /^broadsheet: photo\.jpg: is a binary file \(it contains NUL bytes\)/,
    ],
    [
      "Markdown",
      "done.md",
      2,
      /^broadsheet: done\.md: is Markdown already; import converts plain-text wire copy/,
    ],
    [
      "a missing --out folder",
      "story.txt --out nowhere",
      2,
      /^broadsheet: nowhere: no such folder; create it first/,
    ],
  ])("fails on %s with one line and writes nothing", async (_case, args, code, message) => {
    const dir = await tempDir();
    await mkdir(join(dir, "folder"));
    await writeFiles(dir, {
      "story.txt": WIRE_STORY,
      "latin1.txt": Buffer.from("Headline\n\nS\xe3o Paulo\n", "latin1"),
      "photo.jpg": new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      "done.md": "# Done\n\nText.\n",
      "huge.txt": "",
    });
    await truncate(join(dir, "huge.txt"), 20 * 1024 * 1024);
    const before = await filesIn(dir);
    expectOneLineError(await run(["import", ...args.split(" ")], { cwd: dir }), code, message);
    expect(await filesIn(dir)).toEqual(before);
  });

  it("fails on a file it may not read, with one line", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "secret.txt": WIRE_STORY });
    await chmod(join(dir, "secret.txt"), 0o000);
    const result = await run(["import", "secret.txt", "--stdout"], {
      cwd: dir,
      unprivileged: true,
    });
    expectOneLineError(result, 1, /^broadsheet: secret\.txt: cannot be read: permission denied/);
  });

  it("fails on a folder it may not write to, with one line and no temporary file", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "locked"), { mode: 0o555 });
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--out", "locked"], {
      cwd: dir,
      unprivileged: true,
    });
    expectOneLineError(
      result,
      1,
      /^broadsheet: locked\/[a-z0-9-]+\.md: cannot be written: permission denied/,
    );
    expect(await filesIn(join(dir, "locked"))).toEqual([]);
  });

  it("needs a file argument", async () => {
    expectOneLineError(
      await run(["import"]),
      2,
      /missing required argument 'file'; see 'broadsheet import --help'/,
    );
  });

  it("leaves a file that already holds the import alone: unchanged, not a conflict", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    await run(["import", "story.txt"], { cwd: dir });
    const name = await importedName(dir);
    const past = new Date("2020-01-01T00:00:00Z");
    await utimes(join(dir, name), past, past);
    const again = await run(["import", "story.txt"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`unchanged ${name} (it holds this text already)\n`);
    expect((await lstat(join(dir, name))).mtime).toEqual(past);
  });

  it("says what is in the way and what will work: a link (replaced itself with --force), a folder (never)", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const name = "harbour-bridge-reopens-after-two-year-repair.md";
    await symlink("/nonexistent/story.md", join(dir, name));
    expectOneLineError(
      await run(["import", "story.txt"], { cwd: dir }),
      1,
      new RegExp(
        `^broadsheet: ${name}: is a symbolic link to /nonexistent/story\\.md \\(missing\\); pass --force to replace the link itself`,
      ),
    );
    expect(await readlink(join(dir, name))).toBe("/nonexistent/story.md");
    const forced = await run(["import", "story.txt", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await lstat(join(dir, name))).isFile()).toBe(true);

    const folder = await tempDir();
    await writeFiles(folder, { "story.txt": WIRE_STORY });
    await mkdir(join(folder, name));
    for (const force of [[], ["--force"]]) {
      const result = await run(["import", "story.txt", ...force], { cwd: folder });
      expectOneLineError(
        result,
        1,
        new RegExp(`^broadsheet: ${name}: is a folder; remove it or choose another --out$`),
      );
    }
    expect(await readdir(join(folder, name))).toEqual([]);
  });
});
